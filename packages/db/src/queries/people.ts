import { and, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { families, familyMembers, people } from "../schema";
import { nameCondition } from "./name-matching";

export type Person = typeof people.$inferSelect;
export type NewPerson = typeof people.$inferInsert;

/** Restricts a query to one area's records; null means county-wide. Every record has an area (ADR 8). */
export function inArea(column: typeof people.areaId | typeof families.areaId, areaId: string | null): SQL | undefined {
  return areaId === null ? undefined : eq(column, areaId);
}

export async function getPerson(db: Db, personId: string) {
  const [row] = await db.select().from(people).where(eq(people.id, personId));
  return row ?? null;
}

export function peopleByIds(db: Db, personIds: string[]) {
  if (!personIds.length) return Promise.resolve([]);
  return db.select().from(people).where(inArray(people.id, personIds));
}

/** The families a person belongs to, with their role in each. */
export function familiesOfPerson(db: Db, personId: string) {
  return db
    .select({ familyId: families.id, name: families.name, areaId: families.areaId, role: familyMembers.role })
    .from(familyMembers)
    .innerJoin(families, eq(families.id, familyMembers.familyId))
    .where(eq(familyMembers.personId, personId));
}

/**
 * People who are probably the one being created: the same NHS number, the same UPN, or the same
 * date of birth with the same name (ignoring case), or with a name that search would match
 * ("Jaden" for "Jayden") where the postcodes do not disagree. Searched county-wide on purpose:
 * a duplicate in another area is still a duplicate (callers reveal only what the user may see).
 */
export function findLikelyMatches(
  db: Db,
  candidate: { firstName: string; lastName: string; dateOfBirth: string; nhsNumber?: string; upn?: string; postcode?: string },
) {
  const sameName = and(
    sql`lower(${people.firstName}) = lower(${candidate.firstName})`,
    sql`lower(${people.lastName}) = lower(${candidate.lastName})`,
  );
  const postcodesAgree = candidate.postcode ? or(isNull(people.postcode), eq(people.postcode, candidate.postcode)) : undefined;
  const similarName = and(nameCondition(`${candidate.firstName} ${candidate.lastName}`), postcodesAgree);
  const sameIdentity = and(eq(people.dateOfBirth, candidate.dateOfBirth), or(sameName, similarName));
  return db
    .select()
    .from(people)
    .where(
      and(
        isNull(people.mergedIntoId),
        or(
          sameIdentity,
          candidate.nhsNumber ? eq(people.nhsNumber, candidate.nhsNumber) : undefined,
          candidate.upn ? eq(people.upn, candidate.upn) : undefined,
        ),
      ),
    )
    .limit(10);
}

export async function insertPerson(db: Db, person: NewPerson) {
  const [row] = await db.insert(people).values(person).returning();
  return row!;
}

export async function updatePerson(db: Db, personId: string, changes: Partial<NewPerson>) {
  const [row] = await db.update(people).set(changes).where(eq(people.id, personId)).returning();
  return row ?? null;
}
