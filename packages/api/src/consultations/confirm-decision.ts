import { confirmThresholdDecision, getConsultation, updateConsultation } from "@hearth/db";
import type { ConsultationDetail } from "@hearth/domain";
import type { ScopedContext } from "../families/family-view";
import { fieldError } from "../trpc";
import { consultationDetail } from "./read-consultation";
import { auditConsultation, withConsultationInScope } from "./scope";

/**
 * A senior practitioner confirms a threshold decision the domain or the council's policy sent to
 * them. Another senior confirms a senior's own decision: a second pair of eyes is the point.
 */
export function confirmConsultationDecision(ctx: ScopedContext, consultationId: string): Promise<ConsultationDetail> {
  return withConsultationInScope(ctx, consultationId, "consultations.confirmDecision", async (tx, loaded) => {
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
}
