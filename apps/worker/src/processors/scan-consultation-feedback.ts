import { consultationsAwaitingEmailFeedback } from "@hearth/db";
import type { Processor } from "./types";

/** How many feedback emails one scan queues; the next scan, ten minutes on, takes the rest. */
const SCAN_BATCH = 500;

/**
 * Catches up feedback emails the API could not enqueue (Redis away at the moment of the decision).
 * The job id is the consultation, so a job already waiting is not added twice, and the send job's
 * ledger key stops a second email even if one slipped through.
 */
export const scanConsultationFeedbackProcessor: Processor<"consultations.feedback-scan"> = async (_payload, deps) => {
  const ids = await consultationsAwaitingEmailFeedback(deps.db, { limit: SCAN_BATCH });
  await deps.queues.enqueueBulk(
    "consultations.send-feedback",
    ids.map((consultationId) => ({ payload: { consultationId }, options: { jobId: `consultation-feedback-${consultationId}` } })),
  );
  return { queued: ids.length };
};
