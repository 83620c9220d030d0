import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { families, familyMembers, people } from "../schema";

export type NewFamily = typeof families.$inferInsert;
export type FamilyMember = typeof familyMembers.$inferInsert;

/**
 * A family and all its members, each with their own area: members may live in different areas,
 * and the caller shows only those the reader can see (ADR 8).
 */
export async function getFamily(db: Db, familyId: string) {
  // Both at once: in a transaction postgres.js sends them together, one round trip instead of two.
  const [[row], members] = await Promise.all([db.select().from(families).where(eq(families.id, familyId)), familyMembersOf(db, familyId)]);
  if (!row) return null;
  return { ...row, members };
}

function familyMembersOf(db: Db, familyId: string) {
  return db
    .select({
      personId: people.id,
      firstName: people.firstName,
      lastName: people.lastName,
      dateOfBirth: people.dateOfBirth,
      areaId: people.areaId,
      role: familyMembers.role,
    })
    .from(familyMembers)
    .innerJoin(people, eq(people.id, familyMembers.personId))
    .where(eq(familyMembers.familyId, familyId))
    .orderBy(people.dateOfBirth, people.id);
}

export async function insertFamily(db: Db, family: NewFamily, members: Omit<FamilyMember, "familyId">[]) {
  const [row] = await db.insert(families).values(family).returning();
  if (members.length) await db.insert(familyMembers).values(members.map((m) => ({ ...m, familyId: row!.id })));
  return row!;
}

export async function updateFamily(
  db: Db,
  familyId: string,
  changes: Partial<NewFamily>,
  add: Omit<FamilyMember, "familyId">[],
  removePersonIds: string[],
) {
  if (Object.keys(changes).length) await db.update(families).set(changes).where(eq(families.id, familyId));
  if (add.length)
    await db
      .insert(familyMembers)
      .values(add.map((m) => ({ ...m, familyId })))
      .onConflictDoUpdate({ target: [familyMembers.familyId, familyMembers.personId], set: { role: sql`excluded.role` } });
  if (removePersonIds.length)
    await db.delete(familyMembers).where(and(eq(familyMembers.familyId, familyId), inArray(familyMembers.personId, removePersonIds)));
}

/** Area of each person, so a change cannot pull someone from outside the caller's scope into a family. */
export function areasOfPeople(db: Db, personIds: string[]) {
  if (!personIds.length) return Promise.resolve([]);
  return db.select({ id: people.id, areaId: people.areaId }).from(people).where(inArray(people.id, personIds));
}
