import { listOpenTafs } from "@hearth/db";
import { londonDateOf, type TafList } from "@hearth/domain";
import type { ScopedContext } from "../families/family-view";
import { audit, auditAll } from "../trpc";

/**
 * The open Teams Around the Family of the reader's area, or only those they lead, with each next
 * scheduled meeting. A list names families, so the read and each family named are audited together.
 */
export function readTafList(ctx: ScopedContext, input: TafList) {
  return ctx.db.transaction(async (tx) => {
    const teams = await listOpenTafs(tx, {
      areaId: ctx.scope.areaId,
      leadStaffId: input.mine ? ctx.staff.id : undefined,
      today: londonDateOf(ctx.now()),
    });
    await audit(ctx, tx, { action: "taf.list", entityType: "taf", detail: { shown: teams.length, mine: input.mine } });
    await auditAll(
      ctx,
      tx,
      [...new Set(teams.map((t) => t.familyId))].map((familyId) => ({ action: "taf.list", entityType: "family", entityId: familyId })),
    );
    return { teams };
  });
}
