import { breakGlassLog } from "@hearth/db";
import { isCountyWide } from "@hearth/domain";
import type { ScopedContext } from "../families/family-view";
import { audit } from "../trpc";

/**
 * Who broke the glass on the caller's area's records, newest first: a manager sees their own
 * area's, a data officer every area's. A manager with no area (a fault) sees nothing rather than
 * everything. Reading the list is audited with the people it names.
 */
export async function listBreakGlass(ctx: ScopedContext, limit: number) {
  const areaId = isCountyWide(ctx.scope.role) ? null : ctx.scope.areaId;
  if (!isCountyWide(ctx.scope.role) && !areaId) return [];
  return ctx.db.transaction(async (tx) => {
    const rows = await breakGlassLog(tx, { areaId, limit });
    await audit(ctx, tx, {
      action: "recordAccess.breakGlassLog",
      entityType: "record_access_grant",
      detail: { personIds: [...new Set(rows.map((r) => r.personId))] },
    });
    return rows;
  });
}
