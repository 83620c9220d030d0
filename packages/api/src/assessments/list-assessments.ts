import { listEhaRecords } from "@hearth/db";
import type { EhaList } from "@hearth/domain";
import type { ScopedContext } from "../families/family-view";
import { audit } from "../trpc";

/**
 * The area's Early Help Assessments: the worker's queue and the senior practitioner's list to sign
 * off and audit. A list names families, so the read and each family named are audited together.
 */
export function readAssessmentList(ctx: ScopedContext, input: EhaList) {
  return ctx.db.transaction(async (tx) => {
    const rows = await listEhaRecords(tx, { areaId: ctx.scope.areaId, status: input.status });
    await audit(ctx, tx, { action: "assessments.list", entityType: "assessment", detail: { shown: rows.length, status: input.status ?? null } });
    for (const familyId of new Set(rows.map((r) => r.familyId)))
      await audit(ctx, tx, { action: "assessments.list", entityType: "family", entityId: familyId });
    return {
      assessments: rows.map(({ leadProfessional, ...r }) => ({
        ...r,
        leadProfessional: leadProfessional ? `${leadProfessional.name}, ${leadProfessional.agency}` : null,
      })),
    };
  });
}
