import { sql, type SQL } from "drizzle-orm";
import { families, familyMembers, people, personOtherNames } from "../schema";

/**
 * Forgiving name matching (issue 10 §2), fast at county scale. A county of 300,000 people has a
 * few hundred to a few tens of thousands of distinct names, so each typed word is first matched
 * against that dictionary (`name_words`, kept by triggers on people and families): similar
 * spelling (trigrams: "smyth" for "smith"), the same sound (double metaphone: "jaden" for
 * "jayden"), or the word inside the name ("smi", "jo"). Only then are people looked up, by exact
 * lower-cased name through a b-tree index, a few rows per matched name. Matching "Jaden Smyth"
 * once against every person's whole name cost 70 ms of CPU; this costs one or two.
 */

/** How many dictionary words one typed word may stand for: the closest, so a two-letter word cannot fan out. */
const WORDS_PER_TYPED = 12;

export const typedWords = (name: string) => name.toLowerCase().split(/\s+/).filter(Boolean);

export function escapeLike(term: string) {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Every typed word somewhere inside `text` (already lower case). */
export function containsEvery(text: SQL, typed: string[]): SQL {
  return sql.join(
    typed.map((w) => sql`${text} like ${`%${escapeLike(w)}%`}`),
    sql` and `,
  );
}

/**
 * Dictionary words like one typed word, closest first, each with a score: spelling similarity
 * (0–1), +0.5 when they sound alike, +0.3 when the word starts with what was typed. An exact
 * match scores 1.8.
 */
export function wordsLike(typed: string): SQL {
  const prefix = `${escapeLike(typed)}%`;
  const inside = `%${escapeLike(typed)}%`;
  return sql`select word, (similarity(word, ${typed})
      + case when sound = dmetaphone(${typed}) then 0.5 else 0 end
      + case when word like ${prefix} then 0.3 else 0 end)::real as score
    from name_words
    where word % ${typed} or word like ${inside} or sound = dmetaphone(${typed})
    order by score desc, word limit ${WORDS_PER_TYPED}`;
}

const lowerFirst = sql`lower(${people.firstName})`;
const lowerLast = sql`lower(${people.lastName})`;
/** The order of the two name indexes, so each lookup reads its first rows in order and stops. */
const bySurname = sql`${lowerLast}, ${lowerFirst}, ${people.dateOfBirth}, ${people.id}`;
const byFirstName = sql`${lowerFirst}, ${lowerLast}, ${people.dateOfBirth}, ${people.id}`;

/** The columns every match carries, named as the searches read them. */
const matchColumns = sql`${people.id} as id, ${people.firstName} as first_name, ${people.lastName} as last_name,
  ${people.dateOfBirth}::text as date_of_birth, ${people.postcode} as postcode, ${people.areaId} as area_id`;

/**
 * People whose names match, each with a score, at most `limit` for each matched name (and the
 * best `limit` by other names), all meeting `filters` (which name `people`'s columns). Two or more
 * typed words match the first and last name (either way round, the wrong way a little lower);
 * one word matches either. Known-as and former names are matched by trigrams on their own table.
 * Rows: id, first_name, last_name, date_of_birth (text), postcode, area_id, score; a person may
 * appear more than once, and callers keep their best score.
 */
export function nameMatches(name: string, filters: SQL, limit: number): SQL {
  const query = name.toLowerCase().trim();
  const typed = typedWords(name);
  const pick = (where: SQL, order: SQL) => sql`select ${matchColumns} from ${people} where ${where} and ${filters} order by ${order} limit ${limit}`;
  // Each typed word's dictionary words once, as CTEs the lookups below read.
  const words =
    typed.length === 1
      ? sql`first_words as materialized (${wordsLike(typed[0]!)})`
      : sql`first_words as materialized (${wordsLike(typed[0]!)}), last_words as materialized (${wordsLike(typed.at(-1)!)})`;
  const first = sql`first_words`;
  const last = sql`last_words`;
  const own =
    typed.length === 1
      ? sql`select m.*, w.score as score from ${first} w cross join lateral (${pick(sql`${lowerFirst} = w.word`, byFirstName)}) m
        union all
        select m.*, w.score from ${first} w cross join lateral (${pick(sql`${lowerLast} = w.word`, bySurname)}) m`
      : sql`select m.*, f.score + l.score as score from ${first} f cross join ${last} l
          cross join lateral (${pick(sql`${lowerFirst} = f.word and ${lowerLast} = l.word`, bySurname)}) m
        union all
        select m.*, f.score + l.score - 0.2 from ${first} f cross join ${last} l
          cross join lateral (${pick(sql`${lowerFirst} = l.word and ${lowerLast} = f.word`, bySurname)}) m`;
  const other = sql`lower(${personOtherNames.name})`;
  // On the same scale as own names: 1.8 a word for an exact match.
  const otherScore = sql`(greatest(similarity(${other}, ${query}), word_similarity(${query}, ${other})) * ${1.8 * Math.min(typed.length, 2)})::real`;
  return sql`with ${words}
    ${own}
    union all
    (select ${matchColumns}, ${otherScore} from ${personOtherNames} join ${people} on ${people.id} = ${personOtherNames.personId}
      where (${other} % ${query} or ${containsEvery(other, typed)}) and ${filters}
      order by 7 desc limit ${limit})`;
}

/**
 * The same matching as a condition on `people` with no limit, for checks over a few rows already
 * narrowed by an index (the duplicate check narrows by date of birth first).
 */
export function nameCondition(name: string): SQL {
  const query = name.toLowerCase().trim();
  const typed = typedWords(name);
  const first = sql`(select word from (${wordsLike(typed[0]!)}) w)`;
  const last = sql`(select word from (${wordsLike(typed.at(-1)!)}) w)`;
  const own =
    typed.length === 1
      ? sql`(${lowerFirst} in ${first} or ${lowerLast} in ${first})`
      : sql`((${lowerFirst} in ${first} and ${lowerLast} in ${last}) or (${lowerFirst} in ${last} and ${lowerLast} in ${first}))`;
  const other = sql`lower(${personOtherNames.name})`;
  return sql`(${own} or ${people.id} in (select ${personOtherNames.personId} from ${personOtherNames}
    where ${other} % ${query} or ${containsEvery(other, typed)}))`;
}

const familyNameFirstWord = sql`split_part(lower(${families.name}), ' ', 1)`;

/**
 * Families whose name starts with a word like one typed ("coks" finds the Cox family), scored by
 * that word, the first `limit` for each matched word, from the index on the name's first word in
 * name order. A family's other words are its members' names, which familiesByMemberName matches.
 */
export function familyNameMatches(name: string, filters: SQL, limit: number): SQL {
  const typed = typedWords(name);
  const words = sql.join(
    typed.map((t, i) => sql`${sql.raw(`family_words_${i}`)} as materialized (${wordsLike(t)})`),
    sql`, `,
  );
  const lookups = sql.join(
    typed.map(
      (_, i) => sql`select f.id, w.score from ${sql.raw(`family_words_${i}`)} w cross join lateral (
        select ${families.id} as id from ${families} where ${familyNameFirstWord} = w.word and ${filters}
        order by ${families.name}, ${families.id} limit ${limit}) f`,
    ),
    sql` union all `,
  );
  return sql`with ${words} ${lookups}`;
}

/** Families with a member whose name matches, scored by that member (the best 50 people matched). */
export function familiesByMemberName(name: string, personFilters: SQL): SQL {
  return sql`select ${familyMembers.familyId} as id, m.score from (${nameMatches(name, personFilters, 50)}) m
    join ${familyMembers} on ${familyMembers.personId} = m.id`;
}
