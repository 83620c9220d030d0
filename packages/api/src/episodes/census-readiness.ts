import { activeStaffOfArea, caseChildrenWithLastSeen, caseloadOf, staffNames, storedCensusChildren } from "@hearth/db";
import { canSeeArea, censusProblemsOf, londonDateOf, managesTeam, type CensusReadinessList } from "@hearth/domain";
import type { ScopedContext } from "../families/family-view";
import { accessToPeople } from "../record-access/person-access";
import { auditAll, denied } from "../trpc";

/**
 * Census readiness: each child on the caller's open cases (a manager's: the area's) whose
 * statutory record has a census problem today, with each problem and where to fix it. Each child
 * listed is a read of their record, audited in one INSERT with the list's read.
 */
export async function listCensusReadiness(ctx: ScopedContext, input: CensusReadinessList) {
  const action = "episodes.readiness";
  const team = input.team ?? false;
  if (team && (!managesTeam(ctx.staff.role) || !ctx.scope.areaId))
    throw await denied(ctx, { action, entityType: "team", code: "FORBIDDEN", message: "Only managers can see their team’s census readiness" });
  const today = londonDateOf(ctx.now());
  return ctx.db.transaction(async (tx) => {
    const keyWorkerIds = team ? (await activeStaffOfArea(tx, ctx.scope.areaId!)).map((s) => s.id) : [ctx.staff.id];
    const cases = (await caseloadOf(tx, { keyWorkerIds, includeClosed: false })).filter((c) => canSeeArea(ctx.scope, c.familyAreaId));
    const children = await caseChildrenWithLastSeen(
      tx,
      cases.map((c) => c.id),
    );
    const access = await accessToPeople(
      ctx,
      tx,
      children.map((c) => ({ id: c.personId, areaId: c.areaId })),
    );
    const open = children.filter((c) => access.get(c.personId)?.open);
    const [stored, names] = await Promise.all([
      storedCensusChildren(tx, [...new Set(open.map((c) => c.personId))]),
      staffNames(tx, [...new Set(cases.map((c) => c.keyWorkerId))]),
    ]);
    const byCase = new Map(cases.map((c) => [c.id, c]));
    const rows = open
      .map((c) => {
        const fssCase = byCase.get(c.caseId)!;
        return {
          caseId: c.caseId,
          familyId: fssCase.familyId,
          familyName: fssCase.familyName,
          keyWorkerName: names.get(fssCase.keyWorkerId) ?? "",
          personId: c.personId,
          firstName: c.firstName,
          lastName: c.lastName,
          problems: censusProblemsOf(stored.get(c.personId)!, today),
        };
      })
      .filter((r) => r.problems.length > 0)
      .sort((a, b) => a.familyName.localeCompare(b.familyName) || a.firstName.localeCompare(b.firstName));
    await auditAll(ctx, tx, [
      { action, entityType: "team", entityId: team ? ctx.scope.areaId : ctx.staff.id, detail: { team, children: rows.length } },
      ...rows.map((r) => ({
        action: "person.read",
        entityType: "person",
        entityId: r.personId,
        detail: { via: "census readiness", caseId: r.caseId },
      })),
    ]);
    return { children: rows, today, team };
  });
}
