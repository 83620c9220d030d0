import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { staffUsers, statutoryReturns } from "../schema";
import { isUniqueViolation } from "./errors";

/**
 * The runs of statutory returns. Only the worker moves a run on (running → completed or failed);
 * the API starts one and reads them. Every update names the states it may move from, so a run
 * retried after a worker restart never undoes a completion.
 */
export type StatutoryReturnKind = "cin_census" | "nccis";

/** A new run, or null when a run of the same return and reference date is already queued or running. */
export async function startStatutoryReturn(
  db: Db,
  params: { kind: StatutoryReturnKind; collectionYear: number; referenceDate: string; startedBy: string },
) {
  try {
    return await db.transaction(async (tx) => {
      const [serial] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(statutoryReturns)
        .where(and(eq(statutoryReturns.kind, params.kind), eq(statutoryReturns.referenceDate, params.referenceDate)));
      const [row] = await tx
        .insert(statutoryReturns)
        .values({ ...params, serialNo: (serial?.n ?? 0) + 1 })
        .returning();
      return row!;
    });
  } catch (error) {
    if (isUniqueViolation(error, "statutory_returns_one_running_key")) return null;
    throw error;
  }
}

/** The run as the worker picks it up: null when it is already finished (a duplicate delivery). */
export async function beginStatutoryReturn(db: Db, params: { id: string; childrenInScope: number }) {
  const [row] = await db
    .update(statutoryReturns)
    .set({ status: "running", childrenInScope: params.childrenInScope, childrenDone: 0, failureReason: null })
    .where(and(eq(statutoryReturns.id, params.id), inArray(statutoryReturns.status, ["queued", "running"])))
    .returning();
  return row ?? null;
}

export async function recordStatutoryReturnProgress(db: Db, params: { id: string; childrenDone: number }) {
  await db
    .update(statutoryReturns)
    .set({ childrenDone: params.childrenDone })
    .where(and(eq(statutoryReturns.id, params.id), eq(statutoryReturns.status, "running")));
}

/** Called after both files are renamed into place: from here on the run's files are served. */
export async function completeStatutoryReturn(
  db: Db,
  params: {
    id: string;
    completedAt: Date;
    childrenDone: number;
    errorCount: number;
    queryCount: number;
    totalsByRule: Record<string, number>;
    fileKey: string;
    reportKey: string;
    recordsKey?: string | null;
    fileBytes: number;
  },
) {
  const { id, ...done } = params;
  const [row] = await db
    .update(statutoryReturns)
    .set({ ...done, status: "completed", failureReason: null })
    .where(and(eq(statutoryReturns.id, id), eq(statutoryReturns.status, "running")))
    .returning({ id: statutoryReturns.id });
  return row !== undefined;
}

export async function failStatutoryReturn(db: Db, params: { id: string; reason: string }) {
  await db
    .update(statutoryReturns)
    .set({ status: "failed", failureReason: params.reason })
    .where(and(eq(statutoryReturns.id, params.id), inArray(statutoryReturns.status, ["queued", "running"])));
}

const listed = {
  id: statutoryReturns.id,
  kind: statutoryReturns.kind,
  collectionYear: statutoryReturns.collectionYear,
  referenceDate: statutoryReturns.referenceDate,
  serialNo: statutoryReturns.serialNo,
  status: statutoryReturns.status,
  startedAt: statutoryReturns.startedAt,
  completedAt: statutoryReturns.completedAt,
  startedByName: staffUsers.displayName,
  childrenInScope: statutoryReturns.childrenInScope,
  childrenDone: statutoryReturns.childrenDone,
  errorCount: statutoryReturns.errorCount,
  queryCount: statutoryReturns.queryCount,
  totalsByRule: statutoryReturns.totalsByRule,
  failureReason: statutoryReturns.failureReason,
  fileKey: statutoryReturns.fileKey,
  reportKey: statutoryReturns.reportKey,
  recordsKey: statutoryReturns.recordsKey,
  fileBytes: statutoryReturns.fileBytes,
};

/** The latest runs first, with who started each. */
export function listStatutoryReturns(db: Db, params: { kind: StatutoryReturnKind; limit: number }) {
  return db
    .select(listed)
    .from(statutoryReturns)
    .innerJoin(staffUsers, eq(staffUsers.id, statutoryReturns.startedBy))
    .where(eq(statutoryReturns.kind, params.kind))
    .orderBy(desc(statutoryReturns.startedAt))
    .limit(params.limit);
}

export async function getStatutoryReturn(db: Db, id: string) {
  const [row] = await db
    .select(listed)
    .from(statutoryReturns)
    .innerJoin(staffUsers, eq(staffUsers.id, statutoryReturns.startedBy))
    .where(eq(statutoryReturns.id, id));
  return row ?? null;
}
