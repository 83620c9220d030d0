import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { rawRows } from "./raw";

/**
 * Linking a booking or a walk-in to the single child index, so a family is counted once however
 * many times it books. The public form asks only a child's first name and date of birth, so that
 * is what a match rests on (with the postcode): the booker has given the same child's details.
 * A mobile or email seen on another family's booking never links on its own (docs/
 * architecture-decisions.md §9) — anyone who knows a parent's mobile could join that family, use
 * its fair use and learn its bookings — so it makes a new family and a possible match that centre
 * staff confirm or reject. Nothing about a match is ever shown to the person booking.
 *
 * It is one statement, for one family or a batch: booking is the busiest path in Hearth, and every
 * round trip to the database costs more than the work done in it.
 */
export interface ChildDetails {
  firstName: string;
  dateOfBirth: string;
}

export interface FamilyLink {
  familyId: string;
  matchedBy: "child" | "new" | "given";
  /** Person ids of the children, in the order given. */
  personIds: string[];
  /** People added to the index by this link, for the audit trail. */
  peopleCreated: string[];
  /** Known families a new family may be (same mobile or email), left for staff to check. */
  possibleMatches: string[];
}

/** Families a new family is checked against per contact detail: a shared mobile rarely has more. */
const CONTACT_MATCHES_KEPT = 3;

interface Linking {
  postcode: string;
  children: ChildDetails[];
  source: "staff" | "self_registered";
  createdBy: string | null;
  /**
   * The area of the centre booked at or attended: it owns a new family or child whose postcode is
   * not in the county (ADR 8). A known family's children take the family's area instead.
   */
  centreAreaId: string;
}

export interface FamilyDetails extends Linking {
  carerName: string;
  mobile?: string | null;
  email?: string | null;
}

interface LinkRow {
  family_id: string;
  matched_by: FamilyLink["matchedBy"];
  person_ids: string[];
  people_created: string[];
  possible_matches: string[];
}

/**
 * Finds the family each set of details belongs to — a child of the same first name and date of
 * birth at the same postcode — or creates one, and makes sure each child is a person in it. A new
 * family whose mobile or email is on other families' bookings gets a possible match with each of
 * them (the most recent few). One statement for any number of
 * families (a batch of bookings), answering in the order given. The details should be of
 * different families: two sets that are one new family would make two.
 *
 * A set with `familyId` is that family's (a child added to a booking): nothing is matched.
 */
export async function linkFamilies(db: Db, sets: readonly (FamilyDetails & { familyId?: string })[]): Promise<FamilyLink[]> {
  if (!sets.length) return [];
  // Ids are made here so each new row can be told apart from its neighbours in the same statement.
  const input = sets.map((p, i) => ({
    ord: i + 1,
    givenFamilyId: p.familyId ?? null,
    newFamilyId: randomUUID(),
    familyName: `Family of ${p.carerName}`,
    postcode: p.postcode,
    postcodeKey: p.postcode.replace(/\s+/g, "").toUpperCase(),
    district: p.postcode.split(" ")[0],
    mobile: p.mobile ?? null,
    email: p.email ?? null,
    source: p.source,
    createdBy: p.createdBy,
    centreAreaId: p.centreAreaId,
    children: p.children.map((c, j) => ({ ord: j + 1, firstName: c.firstName, dateOfBirth: c.dateOfBirth, newPersonId: randomUUID() })),
  }));
  const rows = await rawRows<LinkRow>(
    db,
    sql`with input as (
      select * from jsonb_to_recordset(${JSON.stringify(input)}::jsonb) as i(
        ord int, "givenFamilyId" uuid, "newFamilyId" uuid, "familyName" text, postcode text, "postcodeKey" text, district text,
        mobile text, email text, source record_source, "createdBy" uuid, "centreAreaId" uuid, children jsonb)
    ),
    wanted as (
      select i.ord, c.ord as child_ord, c."firstName" as first_name, c."dateOfBirth" as date_of_birth, c."newPersonId" as new_person_id
        from input i, jsonb_to_recordset(i.children) as c(ord int, "firstName" text, "dateOfBirth" date, "newPersonId" uuid)
    ),
    by_child as (
      select distinct on (w.ord) w.ord, f.id from wanted w
        join input i on i.ord = w.ord
        -- Child by child through the first-name-and-birth-date index, whatever the plan thinks of the
        -- list: the batch's row counts are unknown to the planner, and OFFSET 0 keeps it from
        -- turning these lookups into a scan of every person (so too in known, below).
        cross join lateral (
          select fm.family_id, p.postcode from people p
            join family_members fm on fm.person_id = p.id and fm.role = 'child'
           where p.date_of_birth = w.date_of_birth and lower(p.first_name) = lower(w.first_name)
          offset 0
        ) c
        join families f on f.id = c.family_id
       where i."givenFamilyId" is null
         and coalesce(replace(upper(c.postcode), ' ', ''), replace(upper(f.postcode), ' ', '')) = i."postcodeKey"
       order by w.ord, f.created_at
    ),
    family as (
      select i.ord, coalesce(i."givenFamilyId", bc.id, i."newFamilyId") as id,
             case when i."givenFamilyId" is not null then 'given' when bc.id is not null then 'child' else 'new' end as matched_by,
             -- The area whose localities cover the postcode's district; else the known family's; else the centre's.
             coalesce((select area_id from localities where i.district = any(postcode_districts) limit 1),
                      (select area_id from families where id = coalesce(i."givenFamilyId", bc.id)),
                      i."centreAreaId") as area_id
        from input i left join by_child bc on bc.ord = i.ord
    ),
    -- Contact details only ever suggest: a new family whose mobile or email is on other families'
    -- bookings is left for staff to check against each (the mobile's reason first when both match).
    possible_match as (
      insert into possible_family_matches (family_id, existing_family_id, reason)
      select distinct on (fa.ord, m.family_id) fa.id, m.family_id, m.reason
        from family fa join input i on i.ord = fa.ord
        cross join lateral (
          (select family_id, 'same_mobile'::family_match_reason as reason from bookings
            where mobile = i.mobile group by family_id order by max(created_at) desc limit ${CONTACT_MATCHES_KEPT})
          union all
          (select family_id, 'same_email'::family_match_reason from bookings
            where lower(email) = lower(i.email) group by family_id order by max(created_at) desc limit ${CONTACT_MATCHES_KEPT})
        ) m
       where fa.matched_by = 'new'
       order by fa.ord, m.family_id, m.reason
      returning family_id, existing_family_id
    ),
    new_family as (
      insert into families (id, name, postcode, area_id, source, created_by)
      select i."newFamilyId", i."familyName", i.postcode, fa.area_id, i.source, i."createdBy"
        from input i join family fa on fa.ord = i.ord
       where fa.matched_by = 'new'
    ),
    known as (
      select fa.ord, k.id, k.first_name, k.date_of_birth from family fa
        cross join lateral (
          select p.id, p.first_name, p.date_of_birth from family_members fm join people p on p.id = fm.person_id
           where fm.family_id = fa.id and fm.role = 'child'
          offset 0
        ) k
       where fa.matched_by <> 'new'
    ),
    -- Children not yet known get a record with the surname left blank: the public form does not ask
    -- for it, and a guessed surname would be worse than none (staff complete it when they meet them).
    new_people as (
      insert into people (id, first_name, last_name, date_of_birth, postcode, area_id, source, created_by)
      select w.new_person_id, w.first_name, '', w.date_of_birth, i.postcode, fa.area_id, i.source, i."createdBy"
        from wanted w join input i on i.ord = w.ord join family fa on fa.ord = w.ord
       where not exists (select 1 from known k where k.ord = w.ord and k.date_of_birth = w.date_of_birth and lower(k.first_name) = lower(w.first_name))
       order by w.ord, w.child_ord
      returning id, first_name, date_of_birth
    ),
    created as (select w.ord, np.id, np.first_name, np.date_of_birth from new_people np join wanted w on w.new_person_id = np.id),
    membership as (
      insert into family_members (family_id, person_id, role)
      select fa.id, c.id, 'child' from created c join family fa on fa.ord = c.ord
    ),
    children as (
      select distinct on (w.ord, w.child_ord) w.ord, w.child_ord, c.id from wanted w
        join (select ord, id, first_name, date_of_birth from known union all select ord, id, first_name, date_of_birth from created) c
          on c.ord = w.ord and c.date_of_birth = w.date_of_birth and lower(c.first_name) = lower(w.first_name)
       order by w.ord, w.child_ord, c.id
    )
    select fa.id as family_id, fa.matched_by,
           (select array_agg(ch.id order by ch.child_ord) from children ch where ch.ord = fa.ord)::text[] as person_ids,
           coalesce((select array_agg(c.id) from created c where c.ord = fa.ord), '{}')::text[] as people_created,
           coalesce((select array_agg(pm.existing_family_id) from possible_match pm where pm.family_id = fa.id), '{}')::text[] as possible_matches
      from family fa
     order by fa.ord`,
  );
  return rows.map((row) => ({
    familyId: row.family_id,
    matchedBy: row.matched_by,
    personIds: row.person_ids,
    peopleCreated: row.people_created,
    possibleMatches: row.possible_matches,
  }));
}

/** linkFamilies for one family. */
export async function linkFamily(db: Db, p: FamilyDetails): Promise<FamilyLink> {
  const [link] = await linkFamilies(db, [p]);
  return link!;
}

/** Makes sure each child is a person in a known family (a child added to a booking). */
export async function ensureChildrenInFamily(db: Db, p: Linking & { familyId: string }): Promise<FamilyLink> {
  const [link] = await linkFamilies(db, [{ ...p, carerName: "" }]);
  return link!;
}
