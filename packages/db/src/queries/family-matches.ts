import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { bookings, families, familyMembers, possibleFamilyMatches, sessionAttendances } from "../schema";
import { getFamily } from "./families";

/**
 * Possible family matches (schema/family-matches.ts): a new family that shares a mobile or email
 * with a known one, waiting for centre staff. Confirming merges the new family into the known one.
 */

export type FamilyMatchRow = typeof possibleFamilyMatches.$inferSelect;

/** Open matches, oldest first, with the area of each family so the caller can apply its scope. */
export function listOpenFamilyMatches(db: Db, params: { limit: number }) {
  return db
    .select({ match: possibleFamilyMatches, familyAreaId: families.areaId })
    .from(possibleFamilyMatches)
    .innerJoin(families, eq(families.id, possibleFamilyMatches.familyId))
    .where(eq(possibleFamilyMatches.status, "open"))
    .orderBy(asc(possibleFamilyMatches.createdAt))
    .limit(params.limit)
    .then(async (rows) => {
      const areas = await areasOf(
        db,
        rows.map((r) => r.match.existingFamilyId),
      );
      return rows.map((r) => ({ ...r.match, familyAreaId: r.familyAreaId, existingFamilyAreaId: areas.get(r.match.existingFamilyId) ?? null }));
    });
}

async function areasOf(db: Db, familyIds: string[]) {
  if (!familyIds.length) return new Map<string, string | null>();
  const rows = await db.select({ id: families.id, areaId: families.areaId }).from(families).where(inArray(families.id, familyIds));
  return new Map(rows.map((r) => [r.id, r.areaId]));
}

/** One match with the area of each family. */
export async function getFamilyMatch(db: Db, matchId: string) {
  const [match] = await db.select().from(possibleFamilyMatches).where(eq(possibleFamilyMatches.id, matchId));
  if (!match) return null;
  const areas = await areasOf(db, [match.familyId, match.existingFamilyId]);
  return { ...match, familyAreaId: areas.get(match.familyId) ?? null, existingFamilyAreaId: areas.get(match.existingFamilyId) ?? null };
}

/** A family as staff see it when checking a match: its members, and the carers who booked for it. */
export async function familyToCheck(db: Db, familyId: string) {
  const family = (await getFamily(db, familyId))!;
  const booked = await db
    .selectDistinct({ carerName: bookings.carerName, createdAt: bookings.createdAt })
    .from(bookings)
    .where(eq(bookings.familyId, familyId))
    .orderBy(desc(bookings.createdAt))
    .limit(5);
  return {
    id: family.id,
    name: family.name,
    postcode: family.postcode,
    carers: [...new Set(booked.map((b) => b.carerName))],
    members: family.members,
  };
}

/** Closes an open match; false when it was already decided (by someone else, a moment ago). */
export async function decideFamilyMatch(
  db: Db,
  params: { matchId: string; status: "confirmed" | "rejected"; decidedBy: string; now: Date },
): Promise<boolean> {
  const rows = await db
    .update(possibleFamilyMatches)
    .set({ status: params.status, decidedBy: params.decidedBy, decidedAt: params.now })
    .where(and(eq(possibleFamilyMatches.id, params.matchId), eq(possibleFamilyMatches.status, "open")))
    .returning({ id: possibleFamilyMatches.id });
  return rows.length === 1;
}

/**
 * Moves everyone and everything of family `from` into family `into`: its members (a person in
 * both stays once, with the role `into` gave them), its bookings and its walk-ins. `from` is left
 * empty, not deleted, so the match and the audit trail can still name it. Returns the people moved.
 */
export async function mergeFamilyInto(db: Db, params: { from: string; into: string }): Promise<string[]> {
  const members = await db.select().from(familyMembers).where(eq(familyMembers.familyId, params.from));
  if (members.length)
    await db
      .insert(familyMembers)
      .values(members.map((m) => ({ ...m, familyId: params.into })))
      .onConflictDoNothing();
  await db.delete(familyMembers).where(eq(familyMembers.familyId, params.from));
  await db.update(bookings).set({ familyId: params.into }).where(eq(bookings.familyId, params.from));
  await db.update(sessionAttendances).set({ familyId: params.into }).where(eq(sessionAttendances.familyId, params.from));
  return members.map((m) => m.personId);
}
