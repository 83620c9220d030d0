import { failStatutoryReturn, startStatutoryReturn, type StatutoryReturnKind } from "@hearth/db";
import type { ScopedContext } from "../context";
import { audit, fieldError } from "../trpc";

/**
 * Starts a run of a statutory return and queues its worker job. A second run for the same
 * reference date while one is queued or running is refused: the database's partial unique index
 * decides, so two officers pressing at once get one run. The message names the form's field.
 */
export async function startReturnRun(
  ctx: ScopedContext,
  params: {
    kind: StatutoryReturnKind;
    job: "returns.cin-census" | "returns.nccis";
    collectionYear: number;
    referenceDate: string;
    field: string;
    alreadyRunning: string;
  },
) {
  const run = await startStatutoryReturn(ctx.db, {
    kind: params.kind,
    collectionYear: params.collectionYear,
    referenceDate: params.referenceDate,
    startedBy: ctx.staff.id,
  });
  if (!run) throw fieldError(params.field, params.alreadyRunning, "CONFLICT");
  await audit(ctx, ctx.db, {
    action: params.kind === "cin_census" ? "returns.startCinCensus" : "returns.startNccis",
    entityType: "statutory_return",
    entityId: run.id,
    detail: { collectionYear: run.collectionYear, referenceDate: run.referenceDate },
  });
  // Procedures called directly (tests) have no queue: the run then stays queued for a worker.
  if (!ctx.jobs) return { id: run.id };
  try {
    // The run's id is the job's, so the same run is never queued twice.
    await ctx.jobs.enqueue(params.job, { returnId: run.id }, { jobId: `${params.job.slice(8)}-${run.id}`, attempts: 3 });
  } catch {
    const reason = "The return could not be queued for the worker: try again in a few minutes.";
    await failStatutoryReturn(ctx.db, { id: run.id, reason });
    throw fieldError(params.field, reason, "CONFLICT");
  }
  return { id: run.id };
}
