import { and, asc, eq, gt, inArray, isNull, not, sql, type SQL } from "drizzle-orm";
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
  personRestrictionAllowedStaff,
  personRestrictions,
} from "../schema";
import { escapeLike, familiesByMemberName, familyNameMatches, nameMatches } from "./name-matching";
import { rawRows } from "./raw";

/**
 * Person and family search (issue 10 §2). Names are matched through the name dictionary
 * (name-matching.ts); every other criterion by its own index. Ranked by how close the name is;
 * without a name, by surname.
 */

/** A whole postcode matches exactly; a district ("OX16") matches every postcode in it. */
export function postcodeCondition(column: typeof people.postcode | typeof families.postcode, postcode: string): SQL {
  return postcode.includes(" ") ? eq(column, postcode) : sql`split_part(${column}, ' ', 1) = ${postcode}`;
}

/** Born between `age` and `age + 1` years before `today`. */
function ageCondition(age: number, today: string): SQL {
  return sql`${people.dateOfBirth} > (${today}::date - make_interval(years => ${age + 1}))::date
    and ${people.dateOfBirth} <= (${today}::date - make_interval(years => ${age}))::date`;
}

/** Every criterion but the name, which is matched on its own (see nameMatches). */
function criteriaConditions(params: PersonSearch & { today: string }): (SQL | undefined)[] {
  const line1 = params.addressLine1 ? `%${escapeLike(params.addressLine1.toLowerCase())}%` : null;
  return [
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

export interface PersonSearchRow {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  postcode: string | null;
  areaId: string;
  areaName: string;
  score: number;
}

const always = sql`true`;

/**
 * People matching every criterion given, best first, county-wide unless `areaId` narrows it: the
 * caller shows out-of-area rows only as a summary (name, age, area), never the record.
 */
export async function searchPeople(db: Db, params: PeopleSearchParams): Promise<PersonSearchRow[]> {
  if (!params.name) return peopleByCriteria(db, params);
  return rawRows<PersonSearchRow>(db, searchByNameQuery(params.name, searchFilters(params), params.limit));
}

type PeopleSearchParams = PersonSearch & { areaId?: string | null; today: string };

/** Every criterion but the name, as one condition on `people`. */
export function searchFilters(params: PeopleSearchParams): SQL {
  // A merged duplicate is found as the record it was merged into.
  return and(isNull(people.mergedIntoId), params.areaId ? eq(people.areaId, params.areaId) : undefined, ...criteriaConditions(params)) ?? always;
}

/** A search without a name, by surname. */
export function peopleByCriteria(db: Db, params: PeopleSearchParams) {
  return db
    .select({
      id: people.id,
      firstName: people.firstName,
      lastName: people.lastName,
      dateOfBirth: people.dateOfBirth,
      postcode: people.postcode,
      areaId: people.areaId,
      areaName: areas.name,
      score: sql<number>`0::real`,
    })
    .from(people)
    .innerJoin(areas, eq(areas.id, people.areaId))
    .where(searchFilters(params))
    .orderBy(asc(people.lastName), asc(people.firstName), asc(people.dateOfBirth))
    .limit(params.limit);
}

/** The statement `searchPeople` runs for a name, for plans in tests. */
export function searchByNameQuery(name: string, filters: SQL, limit: number): SQL {
  return sql`select m.id, m.first_name as "firstName", m.last_name as "lastName", m.date_of_birth as "dateOfBirth",
      m.postcode, m.area_id as "areaId", ${areas.name} as "areaName", max(m.score)::real as score
    from (${nameMatches(name, filters, limit)}) m join ${areas} on ${areas.id} = m.area_id
    group by m.id, m.first_name, m.last_name, m.date_of_birth, m.postcode, m.area_id, ${areas.name}
    order by score desc, lower(m.last_name), lower(m.first_name), m.date_of_birth, m.id
    limit ${limit}`;
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

export interface FamilySearchRow {
  id: string;
  name: string;
  postcode: string | null;
  areaId: string;
  areaName: string;
  score: number;
}

/** Families by their own name or a member's (first, last or other name), and where they live. */
/**
 * A person whose restriction does not name this member of staff. Matching a family by such a
 * member's name would tell the searcher that someone of that name is in it, so they are left out of
 * the member matching (the family itself is still found by its own name or where it lives).
 */
function hiddenByRestriction(staffId: string): SQL {
  return sql`exists (select 1 from ${personRestrictions} where ${personRestrictions.personId} = ${people.id}
    and not exists (select 1 from ${personRestrictionAllowedStaff} where ${personRestrictionAllowedStaff.personId} = ${people.id}
      and ${personRestrictionAllowedStaff.staffId} = ${staffId}))`;
}

/** `staffId` is the searcher: members restricted from them do not lead to their family. */
export async function searchFamilies(db: Db, params: FamilySearch & { staffId: string }): Promise<FamilySearchRow[]> {
  const where = params.postcode ? postcodeCondition(families.postcode, params.postcode) : always;
  if (!params.name) {
    return db
      .select({
        id: families.id,
        name: families.name,
        postcode: families.postcode,
        areaId: families.areaId,
        areaName: areas.name,
        score: sql<number>`0::real`,
      })
      .from(families)
      .innerJoin(areas, eq(areas.id, families.areaId))
      .where(where)
      .orderBy(asc(families.name), asc(families.id))
      .limit(params.limit);
  }
  // Two id lists, each from its own index: the family name's first word, and the members found by
  // person search (a member found where they live, so a district narrows them too).
  const memberFilters = and(
    isNull(people.mergedIntoId),
    not(hiddenByRestriction(params.staffId)),
    params.postcode ? postcodeCondition(people.postcode, params.postcode) : undefined,
  )!;
  return rawRows<FamilySearchRow>(
    db,
    sql`select ${families.id} as id, ${families.name} as name, ${families.postcode} as postcode, ${families.areaId} as "areaId",
        ${areas.name} as "areaName", max(m.score)::real as score
      from (${familyNameMatches(params.name, where, params.limit)} union all ${familiesByMemberName(params.name, memberFilters)}) m
      join ${families} on ${families.id} = m.id join ${areas} on ${areas.id} = ${families.areaId}
      where ${where}
      group by ${families.id}, ${areas.name}
      order by score desc, ${families.name}, ${families.id}
      limit ${params.limit}`,
  );
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
