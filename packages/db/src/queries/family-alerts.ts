import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { families, familyAlerts } from "../schema";

export type FamilyAlert = typeof familyAlerts.$inferSelect;
export type NewFamilyAlert = typeof familyAlerts.$inferInsert;

/** The alerts still in force on a family, oldest first, for its banner. */
export function currentFamilyAlerts(db: Db, familyId: string) {
  return db
    .select()
    .from(familyAlerts)
    .where(and(eq(familyAlerts.familyId, familyId), isNull(familyAlerts.endedAt)))
    .orderBy(asc(familyAlerts.createdAt));
}

/** An alert with its family's area, so a change can be scoped like the family it sits on. */
export async function getFamilyAlert(db: Db, alertId: string) {
  const [row] = await db
    .select({ alert: familyAlerts, areaId: families.areaId })
    .from(familyAlerts)
    .innerJoin(families, eq(families.id, familyAlerts.familyId))
    .where(eq(familyAlerts.id, alertId));
  return row ? { ...row.alert, areaId: row.areaId } : null;
}

export async function insertFamilyAlert(db: Db, alert: NewFamilyAlert) {
  const [row] = await db.insert(familyAlerts).values(alert).returning();
  return row!;
}

/** Changes an alert that has not ended; null when it has (someone else ended it first). */
export async function updateOpenFamilyAlert(db: Db, alertId: string, changes: Partial<NewFamilyAlert>) {
  const [row] = await db
    .update(familyAlerts)
    .set(changes)
    .where(and(eq(familyAlerts.id, alertId), isNull(familyAlerts.endedAt)))
    .returning();
  return row ?? null;
}
