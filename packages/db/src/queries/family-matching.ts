import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { rawRows } from "./raw";

/**
 * Linking a booking or a walk-in to the single child index, so a family is counted once however
 * many times it books. The public form asks only a child's first name and date of birth, so that
 * is what a match rests on (with the postcode); failing that, the carer's mobile or email from an
 * earlier booking. Nothing about a match is ever shown to the person booking.
 *
 * Each function is one statement: booking is the busiest path in Hearth, and every round trip to
 * the database costs more than the work done in it.
 */
export interface ChildDetails {
  firstName: string;
  dateOfBirth: string;
}

export interface FamilyLink {
  familyId: string;
  matchedBy: "child" | "contact" | "new" | "given";
  /** Person ids of the children, in the order given. */
  personIds: string[];
  /** People added to the index by this link, for the audit trail. */
  peopleCreated: string[];
}

interface Linking {
  postcode: string;
  children: ChildDetails[];
  source: "staff" | "self_registered";
  createdBy: string | null;
}

const textArray = (values: readonly string[]) => `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(",")}}`;

/** CTE `area`: the area whose localities cover the postcode's district, if any. */
const areaCte = (postcode: string) =>
  sql`area as (select area_id from localities where ${postcode.split(" ")[0]!}::text = any(postcode_districts) limit 1)`;

/**
 * CTEs that make sure each child is a person in the family `family` (a CTE with one `id`, coming
 * before them with `area`), matching those already there by first name and date of birth.
 * Children not yet known get a record with the surname left blank: the public form does not ask
 * for it, and a guessed surname would be worse than none (staff complete it when they meet them).
 */
function childrenCtes(p: Linking): SQL {
  return sql`
    wanted as (
      select * from unnest(${textArray(p.children.map((c) => c.firstName))}::text[], ${textArray(p.children.map((c) => c.dateOfBirth))}::date[])
        with ordinality as w(first_name, date_of_birth, ord)
    ),
    known as (
      select p.id, p.first_name, p.date_of_birth from family_members fm join people p on p.id = fm.person_id
       where fm.family_id = (select id from family) and fm.role = 'child'
    ),
    new_people as (
      insert into people (first_name, last_name, date_of_birth, postcode, area_id, source, created_by)
      select w.first_name, '', w.date_of_birth, ${p.postcode}::text, (select area_id from area), ${p.source}::record_source, ${p.createdBy}::uuid
        from wanted w
       where not exists (select 1 from known k where k.date_of_birth = w.date_of_birth and lower(k.first_name) = lower(w.first_name))
       order by w.ord
      returning id, first_name, date_of_birth
    ),
    membership as (
      insert into family_members (family_id, person_id, role) select (select id from family), id, 'child' from new_people
    ),
    children as (
      select distinct on (w.ord) w.ord, c.id from wanted w
        join (select id, first_name, date_of_birth from known union all select id, first_name, date_of_birth from new_people) c
          on c.date_of_birth = w.date_of_birth and lower(c.first_name) = lower(w.first_name)
       order by w.ord, c.id
    )`;
}

const linkResult = sql`
    select (select id from family) as family_id, (select matched_by from family) as matched_by,
           (select array_agg(id order by ord) from children)::text[] as person_ids,
           coalesce((select array_agg(id) from new_people), '{}')::text[] as people_created`;

interface LinkRow {
  family_id: string;
  matched_by: FamilyLink["matchedBy"];
  person_ids: string[];
  people_created: string[];
}
const toLink = (row: LinkRow): FamilyLink => ({
  familyId: row.family_id,
  matchedBy: row.matched_by,
  personIds: row.person_ids,
  peopleCreated: row.people_created,
});

/**
 * Finds the family these details belong to — a child of the same first name and date of birth at
 * the same postcode, else the family of the last booking made with this mobile or email — or
 * creates one, and makes sure each child is a person in it.
 */
export async function linkFamily(db: Db, p: Linking & { carerName: string; mobile?: string | null; email?: string | null }): Promise<FamilyLink> {
  const [row] = await rawRows<LinkRow>(
    db,
    sql`with
    wanted_first as (
      select * from unnest(${textArray(p.children.map((c) => c.firstName))}::text[], ${textArray(p.children.map((c) => c.dateOfBirth))}::date[])
        as w(first_name, date_of_birth)
    ),
    by_child as (
      select f.id, f.created_at from wanted_first w
        -- Child by child through the first-name-and-birth-date index, whatever the plan thinks of the list.
        cross join lateral (
          select fm.family_id, p.postcode from people p
            join family_members fm on fm.person_id = p.id and fm.role = 'child'
           where p.date_of_birth = w.date_of_birth and lower(p.first_name) = lower(w.first_name)
        ) c
        join families f on f.id = c.family_id
       where coalesce(replace(upper(c.postcode), ' ', ''), replace(upper(f.postcode), ' ', '')) = ${p.postcode.replace(/\s+/g, "")}::text
       order by f.created_at limit 1
    ),
    by_contact as (
      select family_id as id from bookings
       where mobile = ${p.mobile ?? null}::text or lower(email) = lower(${p.email ?? null}::text)
       order by created_at desc limit 1
    ),
    found as (
      select id, matched_by from (
        select id, 'child' as matched_by, 1 as rank from by_child
        union all select id, 'contact', 2 from by_contact
      ) m order by rank limit 1
    ),
    ${areaCte(p.postcode)},
    new_family as (
      insert into families (name, postcode, area_id, source, created_by)
      select ${`Family of ${p.carerName}`}::text, ${p.postcode}::text, (select area_id from area),
             ${p.source}::record_source, ${p.createdBy}::uuid
       where not exists (select 1 from found)
      returning id
    ),
    family as (select id, matched_by from found union all select id, 'new' from new_family),
    ${childrenCtes(p)}
    ${linkResult}`,
  );
  return toLink(row!);
}

/** Makes sure each child is a person in a known family (a child added to a booking). */
export async function ensureChildrenInFamily(db: Db, p: Linking & { familyId: string }): Promise<FamilyLink> {
  const [row] = await rawRows<LinkRow>(
    db,
    sql`with family as (select ${p.familyId}::uuid as id, 'given' as matched_by),
    ${areaCte(p.postcode)},
    ${childrenCtes(p)}
    ${linkResult}`,
  );
  return toLink(row!);
}
