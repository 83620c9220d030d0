import { insertCaseOversight, insertCaseReview } from "@hearth/db";
import { caseRecordDateProblem, londonDateOf, type CaseOversightRecord, type CaseReviewRecord } from "@hearth/domain";
import type { ScopedContext } from "../families/family-view";
import { audit, fieldError } from "../trpc";
import { refuseIfClosed, withCaseInScope } from "./case-scope";

/**
 * A review of the plan on an open case: the day it was held (not in the future, not before the
 * case opened), progress and the decision. The next review falls due from it (see read-case.ts).
 */
export function recordCaseReview(ctx: ScopedContext, input: CaseReviewRecord) {
  const action = "case.review.record";
  return withCaseInScope(ctx, input.caseId, action, { change: true }, async (tx, fssCase) => {
    refuseIfClosed(fssCase);
    const problem = caseRecordDateProblem(input.heldOn, fssCase.openedOn, londonDateOf(ctx.now()), "review");
    if (problem) throw fieldError("heldOn", problem);
    const review = await insertCaseReview(tx, { ...input, caseId: fssCase.id, recordedBy: ctx.staff.id });
    await audit(ctx, tx, {
      action,
      entityType: "fss_case",
      entityId: fssCase.id,
      detail: { reviewId: review.id, heldOn: input.heldOn, decision: input.decision },
    });
    return { caseId: fssCase.id, id: review.id };
  });
}

/**
 * A manager's decision on a case, or a supervision note (issue 12 §2 management oversight): dated,
 * with the decision and its rationale. Only managers may (the permission says so); recorded on a
 * closed case too, since a manager may need to say why it closed.
 */
export function recordCaseOversight(ctx: ScopedContext, input: CaseOversightRecord) {
  const action = "case.oversight.record";
  return withCaseInScope(ctx, input.caseId, action, { change: true }, async (tx, fssCase) => {
    const problem = caseRecordDateProblem(input.decidedOn, fssCase.openedOn, londonDateOf(ctx.now()), "decision");
    if (problem) throw fieldError("decidedOn", problem);
    const row = await insertCaseOversight(tx, { ...input, caseId: fssCase.id, recordedBy: ctx.staff.id });
    await audit(ctx, tx, { action, entityType: "fss_case", entityId: fssCase.id, detail: { oversightId: row.id, kind: input.kind } });
    return { caseId: fssCase.id, id: row.id };
  });
}
