import { getConsultation, markReferrerFeedbackGiven } from "@hearth/db";
import type { ConsultationDetail, ConsultationRecordFeedback } from "@hearth/domain";
import type { ScopedContext } from "../families/family-view";
import { fieldError } from "../trpc";
import { consultationDetail } from "./read-consultation";
import { auditConsultation, withConsultationInScope } from "./scope";

/**
 * The worker told the referrer by phone (no email address, or the email could not be delivered):
 * recorded with who and when, and the consultation closes. Only once the decision is made, and
 * only once: an email that went first, or a colleague's call, is not recorded over.
 */
export function recordReferrerFeedback(ctx: ScopedContext, input: ConsultationRecordFeedback): Promise<ConsultationDetail> {
  return withConsultationInScope(ctx, input.consultationId, "consultations.recordFeedback", async (tx, loaded) => {
    const c = loaded.consultation;
    if (c.feedbackSentAt) throw fieldError("method", "The referrer has already been given feedback on this consultation");
    if (c.status === "awaiting_confirmation")
      throw fieldError("method", "A senior practitioner must confirm the decision before the referrer is told it");
    if (c.status !== "awaiting_feedback") throw fieldError("method", "This consultation is not waiting for feedback to the referrer");
    const marked = await markReferrerFeedbackGiven(tx, {
      consultationId: c.id,
      at: ctx.now(),
      method: input.method,
      recordedBy: ctx.staff.id,
      note: input.note ?? null,
    });
    if (!marked) throw fieldError("method", "The referrer has already been given feedback on this consultation");
    await auditConsultation(ctx, tx, "consultations.recordFeedback", marked, loaded.decision?.childIds ?? [], { method: input.method });
    return consultationDetail(ctx, tx, (await getConsultation(tx, c.id))!);
  });
}
