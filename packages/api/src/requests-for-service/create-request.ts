import { getFamily, insertRequestForService, requestForServiceOfConsultation } from "@hearth/db";
import {
  canSeeArea,
  londonDateOf,
  requestForServiceConsentProblem,
  requestForServiceReference,
  type RequestForServiceCreate,
  type RequestForServiceStatusView,
} from "@hearth/domain";
import type { ScopedContext } from "../families/family-view";
import { audit, fieldError } from "../trpc";
import { auditConsultation, withConsultationInScope } from "../consultations/scope";

/**
 * LCSS asks FSS to work with a family (issue 11 §5), from a consultation whose decision is made.
 * FSS works with families it can identify, so only a named consultation can be escalated; consent
 * must come before the request it allows. It is filed in the family's area, whose FSS intake queue
 * it lands in as received. One request per consultation.
 */
export function createRequestForService(ctx: ScopedContext, input: RequestForServiceCreate): Promise<RequestForServiceStatusView> {
  return withConsultationInScope(ctx, input.consultationId, "requestsForService.create", async (tx, loaded) => {
    const c = loaded.consultation;
    if (c.familyKind !== "named" || !c.familyId)
      throw fieldError("consultationId", "Name the family on the consultation, with their consent, before asking FSS for a service");
    if (c.status === "awaiting_confirmation")
      throw fieldError("consultationId", "A senior practitioner must confirm the threshold decision before a request is made");
    if (!loaded.decision) throw fieldError("consultationId", "Record the threshold decision before a request is made");
    const consentProblem = requestForServiceConsentProblem(input.consentGivenOn, londonDateOf(ctx.now()));
    if (consentProblem) throw fieldError("consentGivenOn", consentProblem);
    if (await requestForServiceOfConsultation(tx, c.id))
      throw fieldError("consultationId", "A request for service has already been made from this consultation", "CONFLICT");
    const family = await getFamily(tx, c.familyId);
    // The consultation is filed in the family's area, so this holds unless the family moved since.
    if (!family || !canSeeArea(ctx.scope, family.areaId)) throw fieldError("consultationId", "The family is no longer in your area");

    const row = await insertRequestForService(tx, {
      areaId: family.areaId,
      familyId: family.id,
      consultationId: c.id,
      level: input.level,
      reasons: input.reasons,
      triedSoFar: input.triedSoFar,
      consentGivenBy: input.consentGivenBy,
      consentGivenOn: input.consentGivenOn,
      requestedBy: ctx.staff.id,
      requestedAt: ctx.now(),
      status: "received",
    });
    await audit(ctx, tx, {
      action: "requestsForService.create",
      entityType: "request_for_service",
      entityId: row.id,
      detail: { level: input.level },
    });
    await auditConsultation(ctx, tx, "requestsForService.create", c, loaded.decision.childIds, { requestForServiceId: row.id });
    return {
      id: row.id,
      reference: requestForServiceReference(row.number),
      status: "received" as const,
      requestedAt: row.requestedAt.toISOString(),
      decisionReason: null,
      decidedAt: null,
      requesterReadAt: null,
    };
  });
}
