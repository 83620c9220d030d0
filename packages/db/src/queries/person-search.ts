import { and, desc, asc, eq, gt, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import type { FamilySearch, PersonSearch } from "@hearth/domain";
import type { Db } from "../client";
import {
  areas,
  bookingChildren,
  bookings,
  centres,
  contactDetails,
  families,
  familyMembers,
  openAccessSessions,
  people,
  personOtherNames,
} from "../schema";

/**
 * Person search (issue 10). Names are matched three ways, each answered by an index so 300,000
 * people need no sequential scan: trigram similarity on the whole name (misspellings: "Jaden
 * Smyth" for "Jayden Smith"), every typed word inside the name (parts: "jo smi" for "Joanne
 * Smith"), and double-metaphone keys of the first and last words (names that sound alike).
 * Known-as and former names are matched the same way. The result is ranked by how close the
 * name is; without a name, by surname.
 */

function escapeLike(term: string) {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const words = (name: string) => name.toLowerCase().split(/\s+/).filter(Boolean);
const fullName = sql`lower(${people.firstName} || ' ' || ${people.lastName})`;

/** Every typed word somewhere inside `text` (already lower case). */
function containsEvery(text: SQL, typed: string[]): SQL {
  return and(...typed.map((w) => sql`${text} like ${`%${escapeLike(w)}%`}`))!;
}

/** First and last typed words sound like the first and last name; one word sounds like either. */
function soundsLike(typed: string[]): SQL {
  const first = typed[0]!;
  const last = typed.at(-1)!;
  if (typed.length === 1)
    return sql`(dmetaphone(${people.firstName}) = dmetaphone(${first}) or dmetaphone(${people.lastName}) = dmetaphone(${first}))`;
  return sql`(dmetaphone(${people.firstName}) = dmetaphone(${first}) and dmetaphone(${people.lastName}) = dmetaphone(${last}))`;
}

/** People whose other names (known as, former) match the name the same forgiving way. */
function otherNameMatches(query: string, typed: string[]) {
  const other = sql`lower(${personOtherNames.name})`;
  return sql`select ${personOtherNames.personId} from ${personOtherNames}
    where ${other} % ${query} or ${containsEvery(other, typed)}`;
}

/**
 * People whose name or other name matches. Built as a union of id lists, each branch an OR of
 * indexed tests, so PostgreSQL can answer every branch from its index (an OR across two tables
 * would make it read every person).
 */
export function nameCondition(name: string): SQL {
  const query = name.toLowerCase().trim();
  const typed = words(name);
  const ownName = or(sql`${fullName} % ${query}`, containsEvery(fullName, typed), soundsLike(typed));
  return sql`${people.id} in (select ${people.id} from ${people} where ${ownName} union ${otherNameMatches(query, typed)})`;
}

/** How well the name matches, 0 to about 2: closeness of spelling plus a bonus for sounding alike. */
function nameScore(name: string): SQL<number> {
  const query = name.toLowerCase().trim();
  const typed = words(name);
  const otherBest = sql`(select max(similarity(lower(${personOtherNames.name}), ${query})) from ${personOtherNames}
    where ${personOtherNames.personId} = ${people.id})`;
  return sql<number>`(greatest(similarity(${fullName}, ${query}), word_similarity(${query}, ${fullName}), coalesce(${otherBest}, 0))
    + case when ${soundsLike(typed)} then 0.5 else 0 end
    + case when ${containsEvery(fullName, typed)} then 0.3 else 0 end)::real`;
}

/** A whole postcode matches exactly; a district ("OX16") matches every postcode in it. */
export function postcodeCondition(column: typeof people.postcode | typeof families.postcode, postcode: string): SQL {
  return postcode.includes(" ") ? eq(column, postcode) : sql`split_part(${column}, ' ', 1) = ${postcode}`;
}

/** Born between `age` and `age + 1` years before `today`. */
function ageCondition(age: number, today: string): SQL {
  return sql`${people.dateOfBirth} > (${today}::date - make_interval(years => ${age + 1}))::date
    and ${people.dateOfBirth} <= (${today}::date - make_interval(years => ${age}))::date`;
}

function criteriaConditions(params: PersonSearch & { today: string }): (SQL | undefined)[] {
  const line1 = params.addressLine1 ? `%${escapeLike(params.addressLine1.toLowerCase())}%` : null;
  return [
    params.name ? nameCondition(params.name) : undefined,
    params.dateOfBirth ? eq(people.dateOfBirth, params.dateOfBirth) : undefined,
    params.yearOfBirth ? sql`${people.dateOfBirth} between ${`${params.yearOfBirth}-01-01`} and ${`${params.yearOfBirth}-12-31`}` : undefined,
    params.age !== undefined ? ageCondition(params.age, params.today) : undefined,
    params.postcode ? postcodeCondition(people.postcode, params.postcode) : undefined,
    line1
      ? sql`${people.id} in (select ${contactDetails.personId} from ${contactDetails} where lower(${contactDetails.address}->>'line1') like ${line1})`
      : undefined,
    params.nhsNumber ? eq(people.nhsNumber, params.nhsNumber) : undefined,
    params.upn ? eq(people.upn, params.upn) : undefined,
    params.personId ? eq(people.id, params.personId) : undefined,
  ];
}

export type PersonSearchRow = Awaited<ReturnType<typeof searchPeople>>[number];

/**
 * People matching every criterion given, best first, county-wide unless `areaId` narrows it: the
 * caller shows out-of-area rows only as a summary (name, age, area), never the record.
 */
export function searchPeople(db: Db, params: PersonSearch & { areaId?: string | null; today: string }) {
  const score = params.name ? nameScore(params.name) : sql<number>`0::real`;
  return db
    .select({
      id: people.id,
      firstName: people.firstName,
      lastName: people.lastName,
      dateOfBirth: people.dateOfBirth,
      postcode: people.postcode,
      areaId: people.areaId,
      areaName: areas.name,
      score,
    })
    .from(people)
    .innerJoin(areas, eq(areas.id, people.areaId))
    .where(
      and(
        // A merged duplicate is found as the record it was merged into.
        isNull(people.mergedIntoId),
        params.areaId ? eq(people.areaId, params.areaId) : undefined,
        ...criteriaConditions(params),
      ),
    )
    .orderBy(desc(score), asc(people.lastName), asc(people.firstName), asc(people.dateOfBirth))
    .limit(params.limit);
}

/** The families of the people shown, with each family's area so the caller can hide others'. */
export function familiesOfPeople(db: Db, personIds: string[]) {
  if (personIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      personId: familyMembers.personId,
      familyId: families.id,
      name: families.name,
      areaId: families.areaId,
    })
    .from(familyMembers)
    .innerJoin(families, eq(families.id, familyMembers.familyId))
    .where(inArray(familyMembers.personId, personIds));
}

/**
 * The services each person is involved with now. For now that is a place booked at a centre
 * session still to come; other services join this list as they gain records.
 */
export function servicesNow(db: Db, personIds: string[], now: Date) {
  if (personIds.length === 0) return Promise.resolve([]);
  return db
    .selectDistinct({ personId: bookingChildren.personId, centreName: centres.name })
    .from(bookingChildren)
    .innerJoin(bookings, eq(bookings.id, bookingChildren.bookingId))
    .innerJoin(openAccessSessions, eq(openAccessSessions.id, bookings.sessionId))
    .innerJoin(centres, eq(centres.id, openAccessSessions.centreId))
    .where(and(inArray(bookingChildren.personId, personIds), eq(bookings.status, "booked"), gt(openAccessSessions.startsAt, now)));
}

/** Families by their own name or a member's (first, last or other name), and where they live. */
export function searchFamilies(db: Db, params: FamilySearch) {
  const query = params.name?.toLowerCase().trim();
  const familyName = sql`lower(${families.name})`;
  // A union of id lists, each from its own index (the family name's trigrams; the members found
  // by person search, then their families by family_members' person index). An OR of the three
  // on families made PostgreSQL read every family and every membership.
  const byName = query
    ? sql`${families.id} in (
        select ${families.id} from ${families} where ${familyName} % ${query} or ${containsEvery(familyName, words(query))}
        union
        select ${familyMembers.familyId} from ${familyMembers} where ${familyMembers.personId} in (select ${people.id} from ${people} where ${nameCondition(query)}))`
    : undefined;
  const score = query ? sql<number>`similarity(${familyName}, ${query})` : sql<number>`0::real`;
  return db
    .select({
      id: families.id,
      name: families.name,
      postcode: families.postcode,
      areaId: families.areaId,
      areaName: areas.name,
      score,
    })
    .from(families)
    .innerJoin(areas, eq(areas.id, families.areaId))
    .where(and(byName, params.postcode ? postcodeCondition(families.postcode, params.postcode) : undefined))
    .orderBy(desc(score), asc(families.name))
    .limit(params.limit);
}

/** How many members each family has, for the result list. */
export function familyMemberCounts(db: Db, familyIds: string[]) {
  if (familyIds.length === 0) return Promise.resolve([]);
  return db
    .select({ familyId: familyMembers.familyId, members: sql<number>`count(*)::int` })
    .from(familyMembers)
    .where(inArray(familyMembers.familyId, familyIds))
    .groupBy(familyMembers.familyId);
}
