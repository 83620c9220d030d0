import { insertFssCase, staffWhoCouldKeyWork } from "@hearth/db";
import { canSeeArea, isCountyWide, londonDateOf, type CaseOpen, type StaffRole } from "@hearth/domain";
import type { ScopedContext } from "../families/family-view";
import { withFamilyInScope } from "../families/open-record";
import { audit, fieldError, fieldErrors } from "../trpc";

/** Who may hold an FSS case: the service's workers and managers. */
const caseHolderRoles: StaffRole[] = ["fss_worker", "fss_manager"];

/**
 * A manager opens a case for a family they may open, naming children of that family the manager
 * may see and a key worker who works with families in its area. Refused with a message beside the
 * field, and nothing written, when any of that is not so.
 */
export async function openCase(ctx: ScopedContext, input: CaseOpen) {
  const action = "case.open";
  return withFamilyInScope(ctx, input.familyId, action, async (tx, family) => {
    const problems = input.children.flatMap((child, i) => {
      const member = family.members.find((m) => m.personId === child.personId);
      return member && member.role === "child" && canSeeArea(ctx.scope, member.areaId)
        ? []
        : [{ field: `children.${i}.personId`, message: "Choose a child from this family" }];
    });
    if (problems.length) throw fieldErrors(problems);
    const holders = await staffWhoCouldKeyWork(tx, {
      areaId: family.areaId,
      roles: caseHolderRoles,
      countyWideRoles: caseHolderRoles.filter(isCountyWide),
    });
    if (!holders.some((s) => s.id === input.keyWorkerId))
      throw fieldError("keyWorkerId", "Choose a key worker from the list: they must be FSS staff working in this family’s area");

    const fssCase = await insertFssCase(tx, {
      familyId: family.id,
      areaId: family.areaId,
      keyWorkerId: input.keyWorkerId,
      reason: input.reason,
      openedOn: londonDateOf(ctx.now()),
      openedBy: ctx.staff.id,
      children: input.children,
    });
    await audit(ctx, tx, {
      action,
      entityType: "fss_case",
      entityId: fssCase.id,
      detail: {
        familyId: family.id,
        keyWorkerId: input.keyWorkerId,
        children: input.children.map((c) => ({ personId: c.personId, category: c.category })),
      },
    });
    return { caseId: fssCase.id, familyId: family.id };
  });
}
