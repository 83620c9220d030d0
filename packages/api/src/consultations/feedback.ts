import type { Context } from "../context";

/**
 * Asks the worker to email the referrer now that the decision is made. Best effort, after the
 * decision has committed: if Redis is away, the worker's ten-minute feedback scan sends it anyway,
 * so a failure here must not fail the request. The job id is the consultation, so a retry of the
 * request adds no second job (and the ledger would stop a second email regardless).
 */
export function queueReferrerFeedback(ctx: Pick<Context, "jobs">, consultationId: string): void {
  if (!ctx.jobs) return;
  void ctx.jobs
    .enqueue("consultations.send-feedback", { consultationId }, { jobId: `consultation-feedback-${consultationId}` })
    .catch(() => undefined);
}
