import { getConsultation, getFamily, nameThresholdDecision, updateConsultation } from "@hearth/db";
import { canSeeArea, type ConsultationDetail, type ConsultationMakeNamed } from "@hearth/domain";
import type { ScopedContext } from "../families/family-view";
import { assertRecordInScope, fieldError } from "../trpc";
import { assertChildrenOfFamily } from "./family-children";
import { consultationDetail } from "./read-consultation";
import { auditConsultation, withConsultationInScope } from "./scope";

/**
 * The family has consented to be named: the no-names consultation gains its family and children.
 * What was recorded without names (the child's age, setting, the decision as made) is kept, and
 * when and by whom it was named is recorded, so its history reads as it happened.
 */
export async function makeConsultationNamed(ctx: ScopedContext, input: ConsultationMakeNamed): Promise<ConsultationDetail> {
  let familyOutOfScope = false;
  const result = await withConsultationInScope(ctx, input.consultationId, "consultations.makeNamed", async (tx, loaded) => {
    if (loaded.consultation.familyKind !== "no_names") throw fieldError("familyId", "Only a no-names consultation can be named");
    const family = await getFamily(tx, input.familyId);
    if (!family || !canSeeArea(ctx.scope, family.areaId)) {
      familyOutOfScope = true;
      return null;
    }
    await assertChildrenOfFamily(ctx, tx, family, input.childIds);
    const consultation = (await updateConsultation(tx, input.consultationId, {
      familyKind: "named",
      familyId: family.id,
      consentGivenBy: input.consentGivenBy,
      namedAt: ctx.now(),
      namedBy: ctx.staff.id,
    }))!;
    if (loaded.decision) await nameThresholdDecision(tx, { decisionId: loaded.decision.decision.id, familyId: family.id, childIds: input.childIds });
    await auditConsultation(ctx, tx, "consultations.makeNamed", consultation, input.childIds);
    return consultationDetail(ctx, tx, (await getConsultation(tx, input.consultationId))!);
  });
  if (familyOutOfScope || !result) {
    await assertRecordInScope(ctx, null, { action: "consultations.makeNamed", entityType: "family", entityId: input.familyId });
    throw new Error("unreachable");
  }
  return result;
}
