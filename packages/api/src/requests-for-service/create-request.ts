import { getFamily, insertRequestForService, requestForServiceOfSource, type Db } from "@hearth/db";
import {
  canSeeArea,
  ehaSharingAllowed,
  londonDateOf,
  requestForServiceConsentProblem,
  type RequestForServiceCreate,
  type RequestForServiceSource,
  type RequestForServiceStatusView,
} from "@hearth/domain";
import { auditAssessment, withAssessmentInScope } from "../assessments/scope";
import { auditConsultation, withConsultationInScope } from "../consultations/scope";
import type { ScopedContext } from "../families/family-view";
import { auditTaf, mustBeOpen, withTafInScope } from "../taf/scope";
import { audit, fieldError } from "../trpc";
import { requestStatusView } from "./status-view";

const action = "requestsForService.create";

/**
 * LCSS asks FSS to work with a family (issue 11 §5), from a consultation whose decision is made,
 * from a completed Early Help Assessment, or from an open team around the family. Each source is
 * loaded through its own scope, so another area's is answered as unknown; the rules they share —
 * consent before the request, one request per source, the family in the requester's area — are
 * in `fileRequest`. It is filed in the family's area, whose FSS intake queue it lands in as received.
 */
export function createRequestForService(ctx: ScopedContext, input: RequestForServiceCreate): Promise<RequestForServiceStatusView> {
  if (input.consultationId)
    return withConsultationInScope(ctx, input.consultationId, action, async (tx, loaded) => {
      const c = loaded.consultation;
      // FSS works with families it can identify, so only a named consultation can be escalated.
      if (c.familyKind !== "named" || !c.familyId)
        throw fieldError("consultationId", "Name the family on the consultation, with their consent, before asking FSS for a service");
      if (c.status === "awaiting_confirmation")
        throw fieldError("consultationId", "A senior practitioner must confirm the threshold decision before a request is made");
      if (!loaded.decision) throw fieldError("consultationId", "Record the threshold decision before a request is made");
      const made = await fileRequest(ctx, tx, input, "consultationId", c.id, c.familyId);
      await auditConsultation(ctx, tx, action, c, loaded.decision.childIds, { requestForServiceId: made.id });
      return made;
    });
  if (input.assessmentId)
    return withAssessmentInScope(ctx, input.assessmentId, action, async (tx, record) => {
      if (record.status === "draft") throw fieldError("assessmentId", "Complete the assessment before asking FSS for a service");
      if (!ehaSharingAllowed({ givenOn: record.consentGivenOn, withdrawnOn: record.consentWithdrawnOn }, londonDateOf(ctx.now())))
        throw fieldError("assessmentId", "The family has not consented to sharing this assessment, so it cannot be sent to FSS");
      const made = await fileRequest(ctx, tx, input, "assessmentId", record.id, record.familyId);
      await auditAssessment(ctx, tx, action, record, { requestForServiceId: made.id });
      return made;
    });
  return withTafInScope(ctx, input.tafId!, action, async (tx, record) => {
    mustBeOpen(record);
    const made = await fileRequest(ctx, tx, input, "tafId", record.id, record.familyId);
    await auditTaf(ctx, tx, action, record, { requestForServiceId: made.id });
    return made;
  });
}

async function fileRequest(
  ctx: ScopedContext,
  tx: Db,
  input: RequestForServiceCreate,
  source: RequestForServiceSource,
  sourceId: string,
  familyId: string,
): Promise<RequestForServiceStatusView> {
  const consentProblem = requestForServiceConsentProblem(input.consentGivenOn, londonDateOf(ctx.now()));
  if (consentProblem) throw fieldError("consentGivenOn", consentProblem);
  if (await requestForServiceOfSource(tx, source, sourceId))
    throw fieldError(source, "A request for service has already been made from here", "CONFLICT");
  const family = await getFamily(tx, familyId);
  // The source is filed in the family's area, so this holds unless the family moved since.
  if (!family || !canSeeArea(ctx.scope, family.areaId)) throw fieldError(source, "The family is no longer in your area");

  const row = await insertRequestForService(tx, {
    areaId: family.areaId,
    familyId: family.id,
    [source]: sourceId,
    level: input.level,
    reasons: input.reasons,
    triedSoFar: input.triedSoFar,
    consentGivenBy: input.consentGivenBy,
    consentGivenOn: input.consentGivenOn,
    requestedBy: ctx.staff.id,
    requestedAt: ctx.now(),
    status: "received",
  });
  await audit(ctx, tx, { action, entityType: "request_for_service", entityId: row.id, detail: { level: input.level, from: source } });
  return requestStatusView(row);
}
