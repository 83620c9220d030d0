import { and, asc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import type { PersonSearch } from "@hearth/domain";
import type { Db } from "../client";
import { families, familyMembers, people } from "../schema";

export type Person = typeof people.$inferSelect;
export type NewPerson = typeof people.$inferInsert;

/** Restricts a query to one area's records; null means county-wide. Every record has an area (ADR 8). */
export function inArea(column: typeof people.areaId | typeof families.areaId, areaId: string | null): SQL | undefined {
  return areaId === null ? undefined : eq(column, areaId);
}

function escapeLike(term: string) {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Partial-name search: every word typed must appear in the first or last name ("jo smi" finds
 * Joanne Smith), combined with date of birth and postcode when given.
 */
export function searchPeople(db: Db, params: PersonSearch & { areaId: string | null }) {
  const conditions: (SQL | undefined)[] = [inArea(people.areaId, params.areaId)];
  for (const word of (params.name ?? "").split(/\s+/).filter(Boolean)) {
    const pattern = `%${escapeLike(word)}%`;
    conditions.push(or(ilike(people.firstName, pattern), ilike(people.lastName, pattern)));
  }
  if (params.dateOfBirth) conditions.push(eq(people.dateOfBirth, params.dateOfBirth));
  if (params.postcode) {
    const compact = params.postcode.replace(/\s+/g, "").toUpperCase();
    conditions.push(sql`replace(${people.postcode}, ' ', '') like ${escapeLike(compact) + "%"}`);
  }
  return db
    .select({
      id: people.id,
      firstName: people.firstName,
      lastName: people.lastName,
      dateOfBirth: people.dateOfBirth,
      postcode: people.postcode,
      areaId: people.areaId,
    })
    .from(people)
    .where(and(...conditions))
    .orderBy(asc(people.lastName), asc(people.firstName), asc(people.dateOfBirth))
    .limit(params.limit);
}

export async function getPerson(db: Db, personId: string) {
  const [row] = await db.select().from(people).where(eq(people.id, personId));
  return row ?? null;
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
 * first and last name (ignoring case) with the same date of birth. Searched county-wide on purpose:
 * a duplicate in another area is still a duplicate (callers reveal only what the user may see).
 */
export function findLikelyMatches(
  db: Db,
  candidate: { firstName: string; lastName: string; dateOfBirth: string; nhsNumber?: string; upn?: string },
) {
  const sameIdentity = and(
    sql`lower(${people.firstName}) = lower(${candidate.firstName})`,
    sql`lower(${people.lastName}) = lower(${candidate.lastName})`,
    eq(people.dateOfBirth, candidate.dateOfBirth),
  );
  return db
    .select()
    .from(people)
    .where(
      or(
        sameIdentity,
        candidate.nhsNumber ? eq(people.nhsNumber, candidate.nhsNumber) : undefined,
        candidate.upn ? eq(people.upn, candidate.upn) : undefined,
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
