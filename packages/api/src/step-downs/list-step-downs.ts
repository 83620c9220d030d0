import { stepDownsWaiting } from "@hearth/db";
import type { ScopedContext } from "../families/family-view";
import { audit, auditAll } from "../trpc";

/**
 * The reader's area's families stepped down from FSS and not yet picked up, with FSS's closing
 * note. The list names families and what FSS wrote about them, so each family is an audited read.
 */
export function readStepDowns(ctx: ScopedContext) {
  return ctx.db.transaction(async (tx) => {
    const rows = await stepDownsWaiting(tx, { areaId: ctx.scope.areaId });
    await audit(ctx, tx, { action: "stepDowns.list", entityType: "fss_case", detail: { shown: rows.length } });
    await auditAll(
      ctx,
      tx,
      rows.map((r) => ({ action: "stepDowns.list", entityType: "family", entityId: r.familyId })),
    );
    // Closing a case always records its reason and summary (caseCloseSchema), so the blanks never show.
    return {
      stepDowns: rows.map(({ areaId: _areaId, ...r }) => ({
        ...r,
        closedAt: r.closedAt!.toISOString(),
        closeReason: r.closeReason ?? "",
        closeSummary: r.closeSummary ?? "",
      })),
    };
  });
}
