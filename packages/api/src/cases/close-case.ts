import { closeFssCase, reopenFssCase } from "@hearth/db";
import type { CaseClose, CaseReopen } from "@hearth/domain";
import { TRPCError } from "@trpc/server";
import type { ScopedContext } from "../families/family-view";
import { audit } from "../trpc";
import { withCaseInScope } from "./case-scope";

/** Closes an open case with its reason, summary and outcome; from then on it is read-only. */
export async function closeCase(ctx: ScopedContext, input: CaseClose) {
  const action = "case.close";
  return withCaseInScope(ctx, input.caseId, action, { change: true }, async (tx, fssCase) => {
    const closed = await closeFssCase(tx, fssCase.id, {
      closedAt: ctx.now(),
      closedBy: ctx.staff.id,
      closeReason: input.reason,
      closeSummary: input.summary,
      outcome: input.outcome,
      steppedDownToLcss: input.stepDownToLcss,
    });
    if (!closed) throw new TRPCError({ code: "CONFLICT", message: "This case is already closed" });
    await audit(ctx, tx, {
      action,
      entityType: "fss_case",
      entityId: fssCase.id,
      detail: { outcome: input.outcome, stepDownToLcss: input.stepDownToLcss, before: { status: "open" } },
    });
    return { caseId: closed.id, status: closed.status };
  });
}

/** A manager reopens a closed case; the reason is kept, and the closure it had is in the audit trail. */
export async function reopenCase(ctx: ScopedContext, input: CaseReopen) {
  const action = "case.reopen";
  return withCaseInScope(ctx, input.caseId, action, { change: true }, async (tx, fssCase) => {
    const reopened = await reopenFssCase(tx, fssCase.id, input.reason);
    if (!reopened) throw new TRPCError({ code: "CONFLICT", message: "This case is already open" });
    await audit(ctx, tx, {
      action,
      entityType: "fss_case",
      entityId: fssCase.id,
      detail: {
        before: { status: "closed", closedAt: fssCase.closedAt?.toISOString() ?? null, closedBy: fssCase.closedBy, outcome: fssCase.outcome },
      },
    });
    return { caseId: reopened.id, status: reopened.status };
  });
}
