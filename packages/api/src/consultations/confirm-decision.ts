import { confirmThresholdDecision, getConsultation, updateConsultation } from "@hearth/db";
import type { ConsultationDetail } from "@hearth/domain";
import type { ScopedContext } from "../families/family-view";
import { fieldError } from "../trpc";
import { queueReferrerFeedback } from "./feedback";
import { consultationDetail } from "./read-consultation";
import { auditConsultation, withConsultationInScope } from "./scope";

/**
 * A senior practitioner confirms a threshold decision the domain or the council's policy sent to
 * them. Another senior confirms a senior's own decision: a second pair of eyes is the point. Once
 * confirmed, the referrer's feedback email is queued.
 */
export async function confirmConsultationDecision(ctx: ScopedContext, consultationId: string): Promise<ConsultationDetail> {
  const detail = await withConsultationInScope(ctx, consultationId, "consultations.confirmDecision", async (tx, loaded) => {
    const decision = loaded.decision?.decision;
    if (!decision || !decision.seniorConfirmationRequired)
      throw fieldError("decision", "This decision does not need a senior practitioner’s confirmation");
    if (decision.confirmedAt) throw fieldError("decision", "This decision has already been confirmed");
    if (decision.decidedBy === ctx.staff.id) throw fieldError("decision", "Another senior practitioner must confirm a decision you made");
    const at = ctx.now();
    await confirmThresholdDecision(tx, { decisionId: decision.id, confirmedBy: ctx.staff.id, at });
    const consultation = (await updateConsultation(tx, consultationId, { status: "awaiting_feedback" }))!;
    await auditConsultation(ctx, tx, "consultations.confirmDecision", consultation, loaded.decision!.childIds, { level: decision.level });
    return consultationDetail(ctx, tx, (await getConsultation(tx, consultationId))!);
  });
  // Confirmed, so the decision is made: the referrer can now be told.
  if (detail.callerEmail) queueReferrerFeedback(ctx, consultationId);
  return detail;
}
