import { asc, eq } from "drizzle-orm";
import type { ThresholdIndicatorCreate } from "@hearth/domain";
import type { Db } from "../client";
import { thresholdIndicators } from "../schema";

export type ThresholdIndicatorRow = typeof thresholdIndicators.$inferSelect;

/** The catalogue in the order practitioners read it: by domain, area, then level. */
export function listThresholdIndicators(db: Db, params: { includeRetired?: boolean } = {}) {
  return db
    .select()
    .from(thresholdIndicators)
    .where(params.includeRetired ? undefined : eq(thresholdIndicators.active, true))
    .orderBy(asc(thresholdIndicators.domain), asc(thresholdIndicators.area), asc(thresholdIndicators.level), asc(thresholdIndicators.code));
}

export async function getThresholdIndicator(db: Db, indicatorId: string): Promise<ThresholdIndicatorRow | null> {
  const [row] = await db.select().from(thresholdIndicators).where(eq(thresholdIndicators.id, indicatorId));
  return row ?? null;
}

/** Null when the code is already taken, so the caller can say so beside the code field. */
export async function insertThresholdIndicator(db: Db, indicator: ThresholdIndicatorCreate): Promise<ThresholdIndicatorRow | null> {
  const [row] = await db.insert(thresholdIndicators).values(indicator).onConflictDoNothing({ target: thresholdIndicators.code }).returning();
  return row ?? null;
}

export async function updateThresholdIndicator(
  db: Db,
  indicatorId: string,
  indicator: ThresholdIndicatorCreate,
): Promise<ThresholdIndicatorRow | null> {
  const [row] = await db.update(thresholdIndicators).set(indicator).where(eq(thresholdIndicators.id, indicatorId)).returning();
  return row ?? null;
}

export async function retireThresholdIndicator(db: Db, indicatorId: string): Promise<ThresholdIndicatorRow | null> {
  const [row] = await db.update(thresholdIndicators).set({ active: false }).where(eq(thresholdIndicators.id, indicatorId)).returning();
  return row ?? null;
}

export async function thresholdIndicatorCodeTaken(db: Db, code: string, exceptId?: string): Promise<boolean> {
  const [row] = await db.select({ id: thresholdIndicators.id }).from(thresholdIndicators).where(eq(thresholdIndicators.code, code));
  return !!row && row.id !== exceptId;
}
