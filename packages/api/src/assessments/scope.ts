import { loadEhaRecord, type Db, type EhaRecord } from "@hearth/db";
import type { ScopedContext } from "../families/family-view";
import { withRecordInScope } from "../scope";
import { audit } from "../trpc";

/**
 * An Early Help Assessment belongs to its family's area: reached only through here, so another
 * area's assessment is answered exactly like an unknown one, and the refusal audited.
 */
export function withAssessmentInScope<T>(ctx: ScopedContext, assessmentId: string, action: string, work: (tx: Db, record: EhaRecord) => Promise<T>) {
  return withRecordInScope(ctx, { action, entityType: "assessment", entityId: assessmentId }, (tx) => loadEhaRecord(tx, assessmentId), work);
}

/** Audits a read or change of an assessment, and of its family, in the caller's transaction. */
export async function auditAssessment(
  ctx: ScopedContext,
  tx: Db,
  action: string,
  record: { id: string; familyId: string },
  detail: Record<string, unknown> = {},
) {
  await audit(ctx, tx, { action, entityType: "assessment", entityId: record.id, detail });
  await audit(ctx, tx, { action, entityType: "family", entityId: record.familyId, detail: { assessmentId: record.id } });
}
