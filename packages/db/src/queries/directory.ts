import { and, asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { DirectoryServiceCreate } from "@hearth/domain";
import type { Db } from "../client";
import {
  centres,
  consultations,
  directoryServiceLocalities,
  directoryServices,
  localities,
  openAccessSessions,
  sessionTypes,
  staffUsers,
} from "../schema";

export type DirectoryServiceRow = typeof directoryServices.$inferSelect;

/** A directory entry with the localities it covers, whose it is, and how often it has been signposted to. */
export interface DirectoryEntry extends DirectoryServiceRow {
  localities: { id: string; name: string }[];
  ownerName: string;
  signpostCount: number;
}

function serviceColumns(input: DirectoryServiceCreate & { ownerStaffId: string }) {
  const { localityIds: _localities, ...rest } = input;
  return {
    ...rest,
    eligibility: rest.eligibility ?? null,
    timesNote: rest.timesNote ?? null,
    accessNote: rest.accessNote ?? null,
    phone: rest.phone ?? null,
    email: rest.email ?? null,
    website: rest.website ?? null,
  };
}

/** Null when a locality named is not one of the county's, so the caller can say so beside the field. */
async function setLocalities(db: Db, serviceId: string, localityIds: string[]): Promise<boolean> {
  const known = await db.select({ id: localities.id }).from(localities).where(inArray(localities.id, localityIds));
  if (known.length !== localityIds.length) return false;
  await db.delete(directoryServiceLocalities).where(eq(directoryServiceLocalities.serviceId, serviceId));
  await db.insert(directoryServiceLocalities).values(localityIds.map((localityId) => ({ serviceId, localityId })));
  return true;
}

/** The new entry, or "unknown locality" (the caller's transaction then rolls back). */
export async function insertDirectoryService(
  db: Db,
  input: DirectoryServiceCreate & { ownerStaffId: string; createdBy: string | null },
): Promise<DirectoryServiceRow | "unknown locality"> {
  const [row] = await db
    .insert(directoryServices)
    .values({ ...serviceColumns(input), createdBy: input.createdBy })
    .returning();
  return (await setLocalities(db, row!.id, input.localityIds)) ? row! : "unknown locality";
}

/** A whole replacement; null for an unknown entry. */
export async function updateDirectoryService(
  db: Db,
  serviceId: string,
  input: DirectoryServiceCreate & { ownerStaffId: string },
): Promise<DirectoryServiceRow | null | "unknown locality"> {
  const [row] = await db.update(directoryServices).set(serviceColumns(input)).where(eq(directoryServices.id, serviceId)).returning();
  if (!row) return null;
  return (await setLocalities(db, row.id, input.localityIds)) ? row : "unknown locality";
}

const localityList = sql<{ id: string; name: string }[]>`coalesce((
  select json_agg(json_build_object('id', l.id, 'name', l.name) order by l.name)
  from ${directoryServiceLocalities} dsl join ${localities} l on l.id = dsl.locality_id
  where dsl.service_id = ${directoryServices.id}), '[]'::json)`;
const signpostCount = sql<number>`(select count(*)::int from ${consultations} c where c.signpost_service_id = ${directoryServices.id})`;

function entries(db: Db, where: SQL | undefined) {
  return db
    .select({ service: directoryServices, localities: localityList, ownerName: staffUsers.displayName, signpostCount })
    .from(directoryServices)
    .innerJoin(staffUsers, eq(staffUsers.id, directoryServices.ownerStaffId))
    .where(where)
    .orderBy(asc(directoryServices.name))
    .then((rows) =>
      rows.map((r): DirectoryEntry => ({ ...r.service, localities: r.localities, ownerName: r.ownerName, signpostCount: r.signpostCount })),
    );
}

/** The staff list: every entry (active ones unless asked), or those last reviewed on or before `reviewedBy`. */
export function listDirectoryServices(db: Db, params: { includeInactive?: boolean; reviewedOnOrBefore?: string } = {}) {
  return entries(
    db,
    and(
      params.includeInactive ? undefined : eq(directoryServices.active, true),
      params.reviewedOnOrBefore ? sql`${directoryServices.lastReviewedOn} <= ${params.reviewedOnOrBefore}` : undefined,
    ),
  );
}

export async function getDirectoryService(db: Db, serviceId: string): Promise<DirectoryEntry | null> {
  const [row] = await entries(db, eq(directoryServices.id, serviceId));
  return row ?? null;
}

/** Active entries by id, for signposting: a retired entry cannot be chosen any more. */
export async function activeDirectoryService(db: Db, serviceId: string): Promise<{ id: string; name: string } | null> {
  const [row] = await db
    .select({ id: directoryServices.id, name: directoryServices.name })
    .from(directoryServices)
    .where(and(eq(directoryServices.id, serviceId), eq(directoryServices.active, true)));
  return row ?? null;
}

export interface DirectorySearchParams {
  /** Localities to look in: the one chosen, or the one a postcode district falls in. */
  localityIds?: string[];
  need?: string;
  age?: number;
}

/** The public search: active entries only, covering the locality, meeting the need, taking the age. */
export async function searchDirectoryServices(db: Db, params: DirectorySearchParams): Promise<DirectoryEntry[]> {
  const { localityIds, need, age } = params;
  if (localityIds && !localityIds.length) return [];
  return entries(
    db,
    and(
      eq(directoryServices.active, true),
      localityIds
        ? sql`exists (select 1 from ${directoryServiceLocalities} dsl where dsl.service_id = ${directoryServices.id} and dsl.locality_id in ${localityIds})`
        : undefined,
      need ? sql`${need} = any(${directoryServices.needs})` : undefined,
      age === undefined ? undefined : sql`${age} between ${directoryServices.minimumAge} and ${directoryServices.maximumAge}`,
    ),
  );
}

/** The localities covering a postcode district (one in the county's reference data; none outside it). */
export async function localitiesOfDistrict(db: Db, district: string): Promise<{ id: string; name: string; areaId: string }[]> {
  return db
    .select({ id: localities.id, name: localities.name, areaId: localities.areaId })
    .from(localities)
    .where(sql`${district} = any(${localities.postcodeDistricts})`);
}

/**
 * Entries whose owners are among `staffIds` and that have not been reviewed since `reviewedBefore`
 * or earlier: each falls into its owner's My work. The area is the owner's (a county-wide owner's,
 * the first locality's), so a manager sees their team's entries.
 */
export function directoryReviewsDue(db: Db, staffIds: string[], reviewedOnOrBefore: string) {
  return db
    .select({
      id: directoryServices.id,
      name: directoryServices.name,
      lastReviewedOn: directoryServices.lastReviewedOn,
      ownerStaffId: directoryServices.ownerStaffId,
      areaId: sql<string>`coalesce(${staffUsers.areaId}, (select l.area_id from ${directoryServiceLocalities} dsl join ${localities} l on l.id = dsl.locality_id where dsl.service_id = ${directoryServices.id} order by l.name limit 1))`,
    })
    .from(directoryServices)
    .innerJoin(staffUsers, eq(staffUsers.id, directoryServices.ownerStaffId))
    .where(
      and(
        eq(directoryServices.active, true),
        inArray(directoryServices.ownerStaffId, staffIds),
        sql`${directoryServices.lastReviewedOn} <= ${reviewedOnOrBefore}`,
      ),
    );
}

/**
 * The centres' open-access sessions as services: each kind of session a centre runs between `from`
 * and `to`, with how many are on. Centres are those whose reach covers one of `districts` (every
 * centre when no place was given).
 */
export async function openAccessServices(db: Db, params: { districts?: string[]; from: Date; to: Date }) {
  if (params.districts && !params.districts.length) return [];
  return db
    .select({
      centreId: centres.id,
      centreName: centres.name,
      address: centres.address,
      postcode: centres.postcode,
      sessionTypeId: sessionTypes.id,
      sessionTypeName: sessionTypes.name,
      sessionTypeCode: sessionTypes.code,
      description: sessionTypes.description,
      fromMonths: sessionTypes.fromMonths,
      untilMonths: sessionTypes.untilMonths,
      extendedUntilMonths: sessionTypes.extendedUntilMonths,
      unbornWelcome: sessionTypes.unbornWelcome,
      sessionCount: sql<number>`count(*)::int`,
    })
    .from(openAccessSessions)
    .innerJoin(centres, eq(centres.id, openAccessSessions.centreId))
    .innerJoin(sessionTypes, eq(sessionTypes.id, openAccessSessions.sessionTypeId))
    .where(
      and(
        eq(openAccessSessions.status, "scheduled"),
        sql`${openAccessSessions.startsAt} >= ${params.from.toISOString()} and ${openAccessSessions.startsAt} < ${params.to.toISOString()}`,
        params.districts
          ? sql`${centres.reachPostcodeDistricts} && array[${sql.join(
              params.districts.map((d) => sql`${d}`),
              sql`, `,
            )}]::text[]`
          : undefined,
      ),
    )
    .groupBy(centres.id, sessionTypes.id)
    .orderBy(asc(centres.name), asc(sessionTypes.name));
}

/** The postcode districts of localities, for the centres that reach them. */
export async function districtsOfLocalities(db: Db, localityIds: string[]): Promise<string[]> {
  if (!localityIds.length) return [];
  const rows = await db.select({ districts: localities.postcodeDistricts }).from(localities).where(inArray(localities.id, localityIds));
  return [...new Set(rows.flatMap((r) => r.districts))];
}

/** Active staff in `roles`, by name: who may keep a directory entry. */
export function activeStaffInRoles(db: Db, roles: readonly string[]) {
  return db
    .select({ id: staffUsers.id, name: staffUsers.displayName, role: staffUsers.role })
    .from(staffUsers)
    .where(and(eq(staffUsers.active, true), inArray(staffUsers.role, roles as (typeof staffUsers.role.enumValues)[number][])))
    .orderBy(asc(staffUsers.displayName));
}
