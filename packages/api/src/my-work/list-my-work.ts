import { activeStaffOfArea, listWorkItems, staffNames } from "@hearth/db";
import { canSeeArea, londonDateOf, managesTeam, workItemStatus, type WorkItem, type WorkItemList, type WorkItemListResult } from "@hearth/domain";
import type { Context } from "../context";
import { audit, denied } from "../trpc";

type StaffContext = Context & { staff: NonNullable<Context["staff"]>; scope: NonNullable<Context["scope"]> };

/** Whose work to gather: the caller's own, or for a manager asking for it, their area's staff too. */
async function staffInView(ctx: StaffContext, team: boolean): Promise<string[]> {
  if (!team) return [ctx.staff.id];
  if (!managesTeam(ctx.staff.role) || !ctx.scope.areaId)
    throw await denied(ctx, { action: "myWork.list", entityType: "team", code: "FORBIDDEN", message: "Only managers can see their team's work" });
  const members = await activeStaffOfArea(ctx.db, ctx.scope.areaId);
  return [...new Set([ctx.staff.id, ...members.map((m) => m.id)])];
}

/**
 * The caller's open tasks (and their team's, for a manager), soonest due first, with the status
 * worked out for today in London. Each family named in the list is a read of that family's record,
 * so each is audited, once, in the same transaction as the read. A family outside the caller's area
 * (a task assigned before a move) is left out, as the record itself would be.
 */
export async function listMyWork(ctx: StaffContext, input: WorkItemList): Promise<WorkItemListResult> {
  const team = input.team ?? false;
  const staffIds = await staffInView(ctx, team);
  const today = londonDateOf(ctx.now());
  return ctx.db.transaction(async (tx) => {
    const rows = (
      await listWorkItems(tx, {
        staffIds,
        visitCadence: ctx.config.fss.visitCadence,
        caseReviewWeeks: ctx.config.fss.reviewWeeks,
        directoryReviewMonths: ctx.config.directory.reviewMonths,
        neetCurrencyPeriods: ctx.config.neet.currencyPeriods,
        today,
      })
    ).filter((row) => canSeeArea(ctx.scope, row.areaId));
    const names = await staffNames(tx, [...new Set(rows.map((r) => r.assignedTo))]);
    const items: WorkItem[] = rows
      .map((row) => ({
        id: row.id,
        kind: row.kind,
        title: row.title,
        dueOn: row.dueOn,
        status: workItemStatus(row.dueOn, today),
        familyId: row.familyId,
        familyName: row.familyName,
        consultationId: row.consultationId,
        directoryServiceId: row.directoryServiceId ?? null,
        personId: row.personId ?? null,
        assignedTo: { id: row.assignedTo, name: names.get(row.assignedTo) ?? "" },
      }))
      .filter(
        (item) => (!input.kinds?.length || input.kinds.includes(item.kind)) && (!input.statuses?.length || input.statuses.includes(item.status)),
      );
    for (const familyId of new Set(items.flatMap((i) => (i.familyId ? [i.familyId] : []))))
      await audit(ctx, tx, { action: "family.read", entityType: "family", entityId: familyId, detail: { via: "my work", team } });
    for (const personId of new Set(items.flatMap((i) => (i.personId ? [i.personId] : []))))
      await audit(ctx, tx, { action: "person.read", entityType: "person", entityId: personId, detail: { via: "my work", team } });
    return { items, today, team };
  });
}
