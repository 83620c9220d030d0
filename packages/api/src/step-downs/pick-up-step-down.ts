import { pickUpStepDown, stepDownOfCase } from "@hearth/db";
import { canSeeArea, type StepDownPickUp } from "@hearth/domain";
import { TRPCError } from "@trpc/server";
import type { ScopedContext } from "../families/family-view";
import { withRecordInScope } from "../scope";
import { audit } from "../trpc";

/**
 * A locality worker takes on a family FSS stepped down at a case's closure: it leaves the area's
 * queue and My work. Another area's case, or a case closed without a step-down, is not found; one
 * already picked up is a conflict.
 */
export function pickUpStepDownOfCase(ctx: ScopedContext, input: StepDownPickUp) {
  const action = "stepDowns.pickUp";
  return withRecordInScope(
    ctx,
    { action, entityType: "fss_case", entityId: input.caseId },
    (tx) => stepDownOfCase(tx, input.caseId),
    async (tx, stepDown) => {
      const picked = await pickUpStepDown(tx, { caseId: stepDown.caseId, staffId: ctx.staff.id, at: ctx.now() });
      if (!picked) throw new TRPCError({ code: "CONFLICT", message: "This family has already been picked up, or its case was reopened" });
      await audit(ctx, tx, { action, entityType: "fss_case", entityId: stepDown.caseId, detail: { familyId: stepDown.familyId } });
      return { caseId: stepDown.caseId, pickedUpAt: picked.stepDownPickedUpAt!.toISOString() };
    },
    (c, row) => row.steppedDownToLcss && canSeeArea(c.scope, row.areaId),
  );
}
