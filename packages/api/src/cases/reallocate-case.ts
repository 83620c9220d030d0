import { reallocateFssCase } from "@hearth/db";
import type { CaseReallocate } from "@hearth/domain";
import { TRPCError } from "@trpc/server";
import type { ScopedContext } from "../families/family-view";
import { audit, fieldError } from "../trpc";
import { refuseIfClosed, withCaseInScope } from "./case-scope";
import { possibleKeyWorkers } from "./open-case";

/**
 * A manager gives an open case a new key worker, with the reason kept beside the change: the new
 * worker must be FSS staff working in the family's area, and not the one who holds it now.
 */
export function reallocateCase(ctx: ScopedContext, input: CaseReallocate) {
  const action = "case.reallocate";
  return withCaseInScope(ctx, input.caseId, action, { change: true }, async (tx, fssCase) => {
    refuseIfClosed(fssCase);
    if (input.keyWorkerId === fssCase.keyWorkerId) throw fieldError("keyWorkerId", "Choose a different key worker from the one who holds the case");
    const holders = await possibleKeyWorkers(tx, fssCase.areaId);
    if (!holders.some((s) => s.id === input.keyWorkerId))
      throw fieldError("keyWorkerId", "Choose a key worker from the list: they must be FSS staff working in this family’s area");
    const moved = await reallocateFssCase(tx, {
      caseId: fssCase.id,
      fromStaffId: fssCase.keyWorkerId,
      toStaffId: input.keyWorkerId,
      reason: input.reason,
      by: ctx.staff.id,
      at: ctx.now(),
    });
    if (!moved) throw new TRPCError({ code: "CONFLICT", message: "The case changed while you were reallocating it. Try again." });
    await audit(ctx, tx, {
      action,
      entityType: "fss_case",
      entityId: fssCase.id,
      detail: { keyWorkerId: input.keyWorkerId, before: { keyWorkerId: fssCase.keyWorkerId } },
    });
    return { caseId: fssCase.id, id: fssCase.id };
  });
}
