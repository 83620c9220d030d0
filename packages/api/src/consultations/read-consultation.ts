import { feedbackDueOnOf, listThresholdIndicators, peopleNamed, requestForServiceOfConsultation, type Db } from "@hearth/db";
import {
  can,
  consultationReference,
  thresholdLevels,
  type ConsultationDetail,
  type ReferrerFeedbackMethod,
  type ThresholdLevel,
} from "@hearth/domain";
import { requestStatusView } from "../requests-for-service/status-view";
import type { ScopedContext } from "../families/family-view";
import { openablePeople } from "./family-children";
import { auditConsultation, withConsultationInScope, type LoadedConsultation } from "./scope";

/** One consultation with its threshold decision; the read, the family and each child shown are audited. */
export function readConsultation(ctx: ScopedContext, consultationId: string): Promise<ConsultationDetail> {
  return withConsultationInScope(ctx, consultationId, "consultations.get", async (tx, loaded) => {
    const detail = await consultationDetail(ctx, tx, loaded);
    await auditConsultation(
      ctx,
      tx,
      "consultations.get",
      loaded.consultation,
      detail.children.map((c) => c.personId),
    );
    return detail;
  });
}

/** The page's view of a loaded consultation; children outside the reader's area are not named. */
export async function consultationDetail(ctx: ScopedContext, tx: Db, loaded: LoadedConsultation): Promise<ConsultationDetail> {
  const c = loaded.consultation;
  const d = loaded.decision;
  const children = d?.childIds.length
    ? (await openablePeople(ctx, tx, await peopleNamed(tx, d.childIds))).map(({ personId, name }) => ({ personId, name }))
    : [];
  const catalogue = d?.decision.indicatorCodes.length ? await listThresholdIndicators(tx, { includeRetired: true }) : [];
  const byCode = new Map(catalogue.map((i) => [i.code, i]));
  const request = await requestForServiceOfConsultation(tx, c.id);
  return {
    id: c.id,
    reference: consultationReference(c.number),
    receivedAt: c.receivedAt.toISOString(),
    status: c.status as ConsultationDetail["status"],
    outcome: c.outcome as ConsultationDetail["outcome"],
    familyKind: c.familyKind as ConsultationDetail["familyKind"],
    familyId: c.familyId,
    familyName: loaded.familyName,
    childAge: c.childAge,
    organisationName: loaded.organisationName,
    takenByName: loaded.takenByName,
    level: d?.decision.level ?? null,
    feedbackDueOn: feedbackDueOnOf({
      status: c.status,
      decidedOn: d?.decision.decidedOn ?? null,
      seniorConfirmationRequired: d?.decision.seniorConfirmationRequired ?? null,
      confirmedAt: d?.decision.confirmedAt ?? null,
    }),
    feedback:
      c.feedbackSentAt && c.feedbackMethod
        ? {
            sentAt: c.feedbackSentAt.toISOString(),
            method: c.feedbackMethod as ReferrerFeedbackMethod,
            recordedByName: loaded.feedbackRecordedByName,
            note: c.feedbackNote,
          }
        : null,
    requestForService: request ? requestStatusView(request) : null,
    immediateRisk: c.immediateRisk,
    callerName: c.callerName,
    callerRole: c.callerRole,
    callerPhone: c.callerPhone,
    callerEmail: c.callerEmail,
    children,
    consentGivenBy: c.consentGivenBy,
    childSetting: c.childSetting,
    localityName: loaded.localityName,
    concern: c.concern,
    adviceGiven: c.adviceGiven,
    signpostTo: c.signpostTo,
    namedAt: c.namedAt?.toISOString() ?? null,
    decision: d
      ? {
          id: d.decision.id,
          suggestedLevel: d.decision.suggestedLevel,
          level: d.decision.level,
          rationale: d.decision.rationale,
          indicators: d.decision.indicatorCodes.map((code) => {
            const i = byCode.get(code);
            return { code, wording: i?.wording ?? "No longer in the catalogue", level: i?.level ?? 0, domain: i?.domain ?? "" };
          }),
          protectiveFactors: d.decision.protectiveFactors,
          decidedOn: d.decision.decidedOn,
          decidedByName: d.decidedByName,
          seniorConfirmationRequired: d.decision.seniorConfirmationRequired,
          confirmedByName: d.confirmedByName,
          confirmedAt: d.decision.confirmedAt?.toISOString() ?? null,
          routing: thresholdLevels[d.decision.level as ThresholdLevel].routing,
        }
      : null,
    canConfirm:
      !!d &&
      d.decision.seniorConfirmationRequired &&
      !d.decision.confirmedAt &&
      d.decision.decidedBy !== ctx.staff.id &&
      can(ctx.staff.role, "consultations.confirm"),
  };
}
