import { and, asc, desc, eq, gt, ilike, inArray, lte, or } from "drizzle-orm";
import type { PersonRestriction, RestrictionCategory } from "@hearth/domain";
import type { Db } from "../client";
import { areas, people, personHandles, personRestrictionAllowedStaff, personRestrictions, recordAccessGrants, staffUsers } from "../schema";

export interface PersonAccessFacts {
  restriction: (PersonRestriction & { category: RestrictionCategory; restrictedBy: string; restrictedAt: Date }) | null;
  grants: { staffId: string; expiresAt: Date }[];
}

/**
 * What decides who may open each of `personIds`: its restriction with the staff named on it, and
 * one member of staff's unexpired break-the-glass grants (only theirs can ever open it for them).
 */
export async function accessFactsOf(db: Db, personIds: string[], staffId: string, now: Date): Promise<Map<string, PersonAccessFacts>> {
  const facts = new Map<string, PersonAccessFacts>(personIds.map((id) => [id, { restriction: null, grants: [] }]));
  if (!personIds.length) return facts;
  // Restrictions and grants at once (one round trip); the named staff only when a restriction exists.
  const [restrictions, grants] = await Promise.all([
    db.select().from(personRestrictions).where(inArray(personRestrictions.personId, personIds)),
    db
      .select({ personId: recordAccessGrants.personId, staffId: recordAccessGrants.staffId, expiresAt: recordAccessGrants.expiresAt })
      .from(recordAccessGrants)
      .where(and(inArray(recordAccessGrants.personId, personIds), eq(recordAccessGrants.staffId, staffId), gt(recordAccessGrants.expiresAt, now))),
  ]);
  const named = restrictions.length
    ? await db
        .select()
        .from(personRestrictionAllowedStaff)
        .where(
          inArray(
            personRestrictionAllowedStaff.personId,
            restrictions.map((r) => r.personId),
          ),
        )
    : [];
  for (const r of restrictions)
    facts.get(r.personId)!.restriction = {
      category: r.category,
      contact: r.contact,
      restrictedBy: r.restrictedBy,
      restrictedAt: r.restrictedAt,
      allowedStaffIds: named.filter((n) => n.personId === r.personId).map((n) => n.staffId),
    };
  for (const g of grants) facts.get(g.personId)!.grants.push({ staffId: g.staffId, expiresAt: g.expiresAt });
  return facts;
}

export async function insertBreakGlassGrant(db: Db, grant: typeof recordAccessGrants.$inferInsert) {
  const [row] = await db.insert(recordAccessGrants).values(grant).returning();
  return row!;
}

/** Break-the-glass openings of one area's records (every area's when `areaId` is null), newest first. */
export function breakGlassLog(db: Db, params: { areaId: string | null; limit: number }) {
  return db
    .select({
      id: recordAccessGrants.id,
      grantedAt: recordAccessGrants.grantedAt,
      expiresAt: recordAccessGrants.expiresAt,
      reason: recordAccessGrants.reason,
      personId: people.id,
      firstName: people.firstName,
      lastName: people.lastName,
      areaId: people.areaId,
      staffId: staffUsers.id,
      staffName: staffUsers.displayName,
      staffRole: staffUsers.role,
    })
    .from(recordAccessGrants)
    .innerJoin(people, eq(people.id, recordAccessGrants.personId))
    .innerJoin(staffUsers, eq(staffUsers.id, recordAccessGrants.staffId))
    .where(params.areaId === null ? undefined : eq(people.areaId, params.areaId))
    .orderBy(desc(recordAccessGrants.grantedAt))
    .limit(params.limit);
}

/** Restricts a person (or changes an existing restriction), naming whoever restricted it. */
export async function saveRestriction(
  db: Db,
  r: { personId: string; category: RestrictionCategory; note: string | null; contact: string; restrictedBy: string; restrictedAt: Date },
) {
  const { personId, ...rest } = r;
  await db.insert(personRestrictions).values(r).onConflictDoUpdate({ target: personRestrictions.personId, set: rest });
  await nameOnRestriction(db, personId, r.restrictedBy);
}

/** Lifts a restriction: the staff named on it go with it (the audit keeps the history). */
export async function deleteRestriction(db: Db, personId: string): Promise<boolean> {
  const removed = await db.delete(personRestrictions).where(eq(personRestrictions.personId, personId)).returning();
  return removed.length > 0;
}

export async function nameOnRestriction(db: Db, personId: string, staffId: string) {
  await db.insert(personRestrictionAllowedStaff).values({ personId, staffId }).onConflictDoNothing();
}

export async function restrictionOf(db: Db, personId: string) {
  const [row] = await db.select().from(personRestrictions).where(eq(personRestrictions.personId, personId));
  return row ?? null;
}

/** A member of staff who can still sign in, to be named on a restriction. */
export async function findActiveStaff(db: Db, staffId: string) {
  const [row] = await db
    .select({ id: staffUsers.id })
    .from(staffUsers)
    .where(and(eq(staffUsers.id, staffId), eq(staffUsers.active, true)));
  return row ?? null;
}

/** Takes a member of staff off a restriction; false when they were not named on it. */
export async function unnameOnRestriction(db: Db, personId: string, staffId: string): Promise<boolean> {
  const removed = await db
    .delete(personRestrictionAllowedStaff)
    .where(and(eq(personRestrictionAllowedStaff.personId, personId), eq(personRestrictionAllowedStaff.staffId, staffId)))
    .returning();
  return removed.length > 0;
}

/** The staff named on a restriction, by name, with their role and area so a manager can tell two Sams apart. */
export function staffNamedOn(db: Db, personId: string) {
  return db
    .select({
      staffId: staffUsers.id,
      displayName: staffUsers.displayName,
      email: staffUsers.email,
      role: staffUsers.role,
      areaName: areas.name,
      active: staffUsers.active,
    })
    .from(personRestrictionAllowedStaff)
    .innerJoin(staffUsers, eq(staffUsers.id, personRestrictionAllowedStaff.staffId))
    .leftJoin(areas, eq(areas.id, staffUsers.areaId))
    .where(eq(personRestrictionAllowedStaff.personId, personId))
    .orderBy(asc(staffUsers.displayName));
}

/** Staff who can sign in, found by part of their name or email, to name on a restriction. */
export function findStaffByName(db: Db, params: { query: string; limit: number }) {
  const like = `%${params.query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .select({ staffId: staffUsers.id, displayName: staffUsers.displayName, email: staffUsers.email, role: staffUsers.role, areaName: areas.name })
    .from(staffUsers)
    .leftJoin(areas, eq(areas.id, staffUsers.areaId))
    .where(and(eq(staffUsers.active, true), or(ilike(staffUsers.displayName, like), ilike(staffUsers.email, like))))
    .orderBy(asc(staffUsers.displayName))
    .limit(params.limit);
}

/** Records handles for one member of staff's search results, clearing their expired ones. */
export async function savePersonHandles(db: Db, staffId: string, handles: { handleHash: string; personId: string; expiresAt: Date }[], now: Date) {
  await db.delete(personHandles).where(and(eq(personHandles.staffId, staffId), lte(personHandles.expiresAt, now)));
  if (handles.length) await db.insert(personHandles).values(handles.map((h) => ({ ...h, staffId })));
}

/** The person behind a handle, only for the member of staff it was made for and only before it expires. */
export async function personOfHandle(db: Db, p: { handleHash: string; staffId: string; now: Date }): Promise<string | null> {
  const [row] = await db
    .select({ personId: personHandles.personId })
    .from(personHandles)
    .where(and(eq(personHandles.handleHash, p.handleHash), eq(personHandles.staffId, p.staffId), gt(personHandles.expiresAt, p.now)));
  return row?.personId ?? null;
}
