import { and, desc, eq, gt, inArray } from "drizzle-orm";
import type { PersonRestriction, RestrictionCategory } from "@hearth/domain";
import type { Db } from "../client";
import { people, personRestrictionAllowedStaff, personRestrictions, recordAccessGrants, staffUsers } from "../schema";

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
  const restrictions = await db.select().from(personRestrictions).where(inArray(personRestrictions.personId, personIds));
  const named = restrictions.length
    ? await db.select().from(personRestrictionAllowedStaff).where(inArray(personRestrictionAllowedStaff.personId, restrictions.map((r) => r.personId)))
    : [];
  for (const r of restrictions)
    facts.get(r.personId)!.restriction = {
      category: r.category,
      contact: r.contact,
      restrictedBy: r.restrictedBy,
      restrictedAt: r.restrictedAt,
      allowedStaffIds: named.filter((n) => n.personId === r.personId).map((n) => n.staffId),
    };
  const grants = await db
    .select({ personId: recordAccessGrants.personId, staffId: recordAccessGrants.staffId, expiresAt: recordAccessGrants.expiresAt })
    .from(recordAccessGrants)
    .where(and(inArray(recordAccessGrants.personId, personIds), eq(recordAccessGrants.staffId, staffId), gt(recordAccessGrants.expiresAt, now)));
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
  const [row] = await db.select({ id: staffUsers.id }).from(staffUsers).where(and(eq(staffUsers.id, staffId), eq(staffUsers.active, true)));
  return row ?? null;
}
