import { failStatutoryReturn, startStatutoryReturn } from "@hearth/db";
import { censusYearOf, formatDate, type CensusReturnStart } from "@hearth/domain";
import type { ScopedContext } from "../context";
import { audit, fieldError } from "../trpc";

/**
 * Starts a run of the CIN census for the year ending on the reference date (31 March, checked by
 * the schema). A second run of the same year while one is queued or running is refused: the
 * database's partial unique index decides, so two data officers pressing at once get one run.
 */
export async function startCinCensus(ctx: ScopedContext, input: CensusReturnStart) {
  const run = await startStatutoryReturn(ctx.db, {
    kind: "cin_census",
    collectionYear: censusYearOf(input.referenceDate),
    referenceDate: input.referenceDate,
    startedBy: ctx.staff.id,
  });
  if (!run)
    throw fieldError(
      "referenceDate",
      `A census for ${formatDate(input.referenceDate)} is already being built: wait for it to finish before starting another`,
      "CONFLICT",
    );
  await audit(ctx, ctx.db, {
    action: "returns.startCinCensus",
    entityType: "statutory_return",
    entityId: run.id,
    detail: { collectionYear: run.collectionYear },
  });
  // Procedures called directly (tests) have no queue: the run then stays queued for a worker.
  if (!ctx.jobs) return { id: run.id };
  try {
    // The run's id is the job's, so the same run is never queued twice.
    await ctx.jobs.enqueue("returns.cin-census", { returnId: run.id }, { jobId: `cin-census-${run.id}`, attempts: 3 });
  } catch {
    await failStatutoryReturn(ctx.db, { id: run.id, reason: "The return could not be queued for the worker: try again in a few minutes." });
    throw fieldError("referenceDate", "The return could not be queued for the worker: try again in a few minutes.", "CONFLICT");
  }
  return { id: run.id };
}
