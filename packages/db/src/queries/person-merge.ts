import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";

/**
 * Every column that points at a person, as `table.column`, and how a merge moves it. Kept beside
 * the query so a new person-linked table is added in one place; the merge test checks this list
 * against the database's own foreign keys, so a table added without a line here fails the test.
 *
 * - `move`: the rows simply change person.
 * - `moveUnlessKeptHas`: the person is part of a key (one membership per family, one register
 *   line per session, …); where the kept record already has the row, the duplicate's is dropped as
 *   the same fact twice, and the rest move.
 * - `special`: handled by name below (contact details, restrictions, handles, earlier merges).
 */
export const personLinks = [
  { table: "family_members", column: "person_id", how: "moveUnlessKeptHas", key: "family_id" },
  { table: "person_other_names", column: "person_id", how: "move" },
  { table: "booking_children", column: "person_id", how: "moveUnlessKeptHas", key: "booking_id" },
  { table: "session_attendances", column: "person_id", how: "moveUnlessKeptHas", key: "session_id" },
  { table: "person_relationships", column: "person_id", how: "moveUnlessKeptHas", key: "relative_id" },
  { table: "person_relationships", column: "relative_id", how: "moveUnlessKeptHas", key: "person_id" },
  { table: "contact_details", column: "person_id", how: "special" },
  { table: "consent_records", column: "person_id", how: "move" },
  { table: "consent_records", column: "given_by_person_id", how: "move" },
  { table: "cin_referrals", column: "person_id", how: "move" },
  { table: "looked_after_periods", column: "person_id", how: "move" },
  { table: "threshold_decision_children", column: "person_id", how: "moveUnlessKeptHas", key: "decision_id" },
  { table: "early_help_assessments", column: "consent_given_by_person_id", how: "move" },
  { table: "early_help_assessment_children", column: "person_id", how: "moveUnlessKeptHas", key: "assessment_id" },
  { table: "early_help_assessment_adults", column: "person_id", how: "moveUnlessKeptHas", key: "assessment_id" },
  { table: "chronology_entries", column: "person_id", how: "move" },
  { table: "chronology_entry_versions", column: "person_id", how: "move" },
  // A clash here (both records enrolled on one run) is refused before the merge: see mergeBlockers.
  { table: "programme_enrolments", column: "person_id", how: "move" },
  { table: "programme_referrals", column: "person_id", how: "move" },
  { table: "outcome_measurements", column: "person_id", how: "move" },
  { table: "record_access_grants", column: "person_id", how: "move" },
  { table: "fss_case_children", column: "person_id", how: "moveUnlessKeptHas", key: "case_id" },
  { table: "case_visit_children", column: "person_id", how: "moveUnlessKeptHas", key: "visit_id" },
  { table: "taf_members", column: "person_id", how: "move" },
  { table: "neet_activities", column: "person_id", how: "move" },
  { table: "person_restrictions", column: "person_id", how: "special" },
  { table: "person_handles", column: "person_id", how: "special" },
  { table: "people", column: "merged_into_id", how: "special" },
] as const;

export type MergeCounts = Record<string, number>;

async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;
}

const id = (name: string) => sql.raw(`"${name}"`);

async function count(db: Db, query: SQL): Promise<number> {
  return (await rows(db, query)).length;
}

/** How many rows point at `personId`, table by table: what the merge review shows will move. */
export async function linkedRowCounts(db: Db, personId: string): Promise<MergeCounts> {
  const counts: MergeCounts = {};
  for (const link of personLinks) {
    if (link.table === "person_handles" || link.table === "people") continue;
    const [row] = await rows<{ n: string | number }>(db, sql`select count(*) as n from ${id(link.table)} where ${id(link.column)} = ${personId}`);
    const n = Number(row?.n ?? 0);
    if (n) counts[`${link.table}.${link.column}`] = n;
  }
  return counts;
}

/**
 * Moves everything linked to `fromId` onto `toId` and marks `fromId` as merged into it. Call inside
 * the merge's transaction: a failure part-way leaves nothing moved. Returns how many rows moved
 * (and how many were dropped as already on the kept record), by `table.column`.
 */
export async function mergePersonInto(
  db: Db,
  p: { fromId: string; toId: string; staffId: string; at: Date },
): Promise<{ moved: MergeCounts; dropped: MergeCounts }> {
  const { fromId, toId } = p;
  const moved: MergeCounts = {};
  const dropped: MergeCounts = {};
  const note = (into: MergeCounts, key: string, n: number) => {
    if (n) into[key] = (into[key] ?? 0) + n;
  };
  // A relationship between the two records is a relationship of the person with themself.
  note(
    dropped,
    "person_relationships.person_id",
    await count(
      db,
      sql`delete from person_relationships where (person_id = ${fromId} and relative_id = ${toId}) or (person_id = ${toId} and relative_id = ${fromId}) returning 1`,
    ),
  );
  for (const link of personLinks) {
    const key = `${link.table}.${link.column}`;
    const [table, column] = [id(link.table), id(link.column)];
    if (link.how === "moveUnlessKeptHas") {
      const other = id(link.key);
      note(
        dropped,
        key,
        await count(
          db,
          sql`delete from ${table} d where d.${column} = ${fromId} and exists (select 1 from ${table} k where k.${column} = ${toId} and k.${other} = d.${other}) returning 1`,
        ),
      );
    }
    if (link.how !== "special")
      note(moved, key, await count(db, sql`update ${table} set ${column} = ${toId} where ${column} = ${fromId} returning 1`));
  }
  // One set of contact details per person: the kept record's own stand; the duplicate's move only if it has none.
  note(
    moved,
    "contact_details.person_id",
    await count(
      db,
      sql`update contact_details set person_id = ${toId} where person_id = ${fromId} and not exists (select 1 from contact_details where person_id = ${toId}) returning 1`,
    ),
  );
  note(moved, "person_restrictions.person_id", await moveRestriction(db, fromId, toId));
  // Handles name the duplicate in someone's search results; they are minutes old and re-made by searching again.
  note(dropped, "person_handles.person_id", await count(db, sql`delete from person_handles where person_id = ${fromId} returning 1`));
  // Records merged into the duplicate earlier now lead straight to the kept one.
  note(moved, "people.merged_into_id", await count(db, sql`update people set merged_into_id = ${toId} where merged_into_id = ${fromId} returning 1`));
  // Drafts of forms about the duplicate (`<form>:<personId>`) follow it, unless the same form is drafted for the kept record.
  note(
    moved,
    "form_drafts.form_key",
    await count(
      db,
      sql`update form_drafts d set form_key = left(d.form_key, length(d.form_key) - length(${fromId})) || ${toId}
          where d.form_key like ${`%:${fromId}`}
            and not exists (select 1 from form_drafts k where k.staff_id = d.staff_id and k.form_key = left(d.form_key, length(d.form_key) - length(${fromId})) || ${toId})
          returning 1`,
    ),
  );
  // Not the LA child ID: each record keeps its own (so the duplicate's is never reused), and a kept
  // record without one is given its own by the database as the referrals move to it.
  // Identifiers the kept record lacks come from the duplicate (cleared there first: each is unique).
  // Two different identifiers are refused before the merge (mergeRefusal), so nothing is lost here.
  const [ids] = await rows<{ nhs_number: string | null; upn: string | null }>(db, sql`select nhs_number, upn from people where id = ${fromId}`);
  await db.execute(sql`update people set nhs_number = null, upn = null where id = ${fromId}`);
  const filled = await count(
    db,
    sql`update people set nhs_number = coalesce(nhs_number, ${ids?.nhs_number ?? null}), upn = coalesce(upn, ${ids?.upn ?? null}), updated_at = now()
        where id = ${toId} and ((nhs_number is null and ${ids?.nhs_number ?? null}::text is not null) or (upn is null and ${ids?.upn ?? null}::text is not null)) returning 1`,
  );
  note(moved, "people.identifiers", filled);
  await db.execute(
    sql`update people set merged_into_id = ${toId}, merged_at = ${p.at.toISOString()}::timestamptz, merged_by = ${p.staffId}, updated_at = now() where id = ${fromId}`,
  );
  return { moved, dropped };
}

/**
 * A restriction protects the person, not the row: if the duplicate was restricted the kept record
 * becomes restricted (or stays so), and everyone named on either stays named.
 */
async function moveRestriction(db: Db, fromId: string, toId: string): Promise<number> {
  const moved = await count(
    db,
    sql`insert into person_restrictions (person_id, category, note, contact, restricted_by, restricted_at)
        select ${toId}, category, note, contact, restricted_by, restricted_at from person_restrictions where person_id = ${fromId}
        on conflict (person_id) do nothing returning 1`,
  );
  await db.execute(
    sql`insert into person_restriction_allowed_staff (person_id, staff_id)
        select ${toId}, staff_id from person_restriction_allowed_staff where person_id = ${fromId}
        on conflict do nothing`,
  );
  await db.execute(sql`delete from person_restrictions where person_id = ${fromId}`);
  return moved;
}

/** Programme runs both records are enrolled on: a merge would enrol one person twice, so a person decides first. */
export async function sharedProgrammeRuns(db: Db, aId: string, bId: string): Promise<number> {
  const [row] = await rows<{ n: string | number }>(
    db,
    sql`select count(*) as n from programme_enrolments a join programme_enrolments b on a.run_id = b.run_id where a.person_id = ${aId} and b.person_id = ${bId}`,
  );
  return Number(row?.n ?? 0);
}

/** Undecided possible-family matches on a family either person belongs to. */
export async function openFamilyMatchesOf(db: Db, personIds: string[]): Promise<number> {
  const [row] = await rows<{ n: string | number }>(
    db,
    sql`select count(*) as n from possible_family_matches m
        where m.status = 'open'
          and exists (select 1 from family_members fm where fm.person_id in (${sql.join(
            personIds.map((p) => sql`${p}`),
            sql`, `,
          )})
                      and fm.family_id in (m.family_id, m.existing_family_id))`,
  );
  return Number(row?.n ?? 0);
}

/** The record a merged id now leads to (following merges made one after another). */
export async function keptRecordOf(db: Db, personId: string): Promise<string> {
  let current = personId;
  for (let hops = 0; hops < 10; hops++) {
    const [row] = await rows<{ merged_into_id: string | null }>(db, sql`select merged_into_id from people where id = ${current}`);
    if (!row?.merged_into_id) return current;
    current = row.merged_into_id;
  }
  return current;
}

/** Locks both records for the merge's transaction, in a fixed order so two opposite merges cannot deadlock. */
export async function lockPeopleForMerge(db: Db, personIds: string[]) {
  const sorted = [...personIds].sort();
  return rows<{ id: string; merged_into_id: string | null; nhs_number: string | null; upn: string | null }>(
    db,
    sql`select id, merged_into_id, nhs_number, upn from people where id in (${sql.join(
      sorted.map((p) => sql`${p}`),
      sql`, `,
    )}) order by id for update`,
  );
}
