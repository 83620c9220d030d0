import { feedbackDueOnOf, listConsultations } from "@hearth/db";
import { consultationReference, type ConsultationList, type ConsultationListItem, type ConsultationSummary } from "@hearth/domain";
import type { ScopedContext } from "../families/family-view";
import { audit } from "../trpc";

/**
 * The area's consultations for the day's queue. A list names families, so the read is audited
 * with each named family shown, in one transaction.
 */
export function readConsultationList(ctx: ScopedContext, input: ConsultationList) {
  return ctx.db.transaction(async (tx) => {
    const rows = await listConsultations(tx, { ...input, areaId: ctx.scope.areaId, staffId: ctx.staff.id });
    const familyIds = [...new Set(rows.flatMap((r) => (r.familyId ? [r.familyId] : [])))];
    await audit(ctx, tx, { action: "consultations.list", entityType: "consultation", detail: { shown: rows.length, filters: { ...input } } });
    for (const familyId of familyIds) await audit(ctx, tx, { action: "consultations.list", entityType: "family", entityId: familyId });
    const consultations: ConsultationListItem[] = rows.map((r) => ({
      id: r.id,
      reference: consultationReference(r.number),
      receivedAt: r.receivedAt.toISOString(),
      status: r.status as ConsultationSummary["status"],
      outcome: r.outcome as ConsultationSummary["outcome"],
      familyKind: r.familyKind as ConsultationSummary["familyKind"],
      familyName: r.familyName,
      childAge: r.childAge,
      organisationName: r.organisationName,
      takenByName: r.takenByName,
      level: r.level,
      localityName: r.localityName,
      feedbackDueOn: feedbackDueOnOf(r),
      requestForServiceStatus: r.requestForServiceStatus as ConsultationListItem["requestForServiceStatus"],
    }));
    return { consultations };
  });
}
