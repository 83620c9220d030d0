import { casePlanOutcomeOf, insertCasePlanAction, insertCasePlanOutcome, updateCasePlanActionStatus } from "@hearth/db";
import { casePlanActionDueProblem, type CasePlanActionAdd, type CasePlanActionUpdate, type CasePlanOutcomeAdd } from "@hearth/domain";
import type { ScopedContext } from "../families/family-view";
import { audit, fieldError } from "../trpc";
import { refuseIfClosed, withCaseInScope } from "./case-scope";

/**
 * The case's plan, by its key worker or a manager, on an open case: outcomes, actions under them
 * and each action's progress. What was typed stays out of the audit trail; ids and statuses go in.
 */
export function addCasePlanOutcome(ctx: ScopedContext, input: CasePlanOutcomeAdd) {
  const action = "case.plan.addOutcome";
  return withCaseInScope(ctx, input.caseId, action, { change: true }, async (tx, fssCase) => {
    refuseIfClosed(fssCase);
    const outcome = await insertCasePlanOutcome(tx, { caseId: fssCase.id, description: input.description, createdBy: ctx.staff.id });
    await audit(ctx, tx, { action, entityType: "fss_case", entityId: fssCase.id, detail: { outcomeId: outcome.id } });
    return { caseId: fssCase.id, id: outcome.id };
  });
}

export function addCasePlanAction(ctx: ScopedContext, input: CasePlanActionAdd) {
  const action = "case.plan.addAction";
  return withCaseInScope(ctx, input.caseId, action, { change: true }, async (tx, fssCase) => {
    refuseIfClosed(fssCase);
    if (!(await casePlanOutcomeOf(tx, fssCase.id, input.outcomeId))) throw fieldError("outcomeId", "Choose an outcome of this case’s plan");
    const dueProblem = casePlanActionDueProblem(input.dueOn, fssCase.openedOn);
    if (dueProblem) throw fieldError("dueOn", dueProblem);
    const row = await insertCasePlanAction(tx, {
      caseId: fssCase.id,
      outcomeId: input.outcomeId,
      description: input.description,
      owner: input.owner,
      dueOn: input.dueOn,
      createdBy: ctx.staff.id,
    });
    await audit(ctx, tx, { action, entityType: "fss_case", entityId: fssCase.id, detail: { actionId: row.id, dueOn: input.dueOn } });
    return { caseId: fssCase.id, id: row.id };
  });
}

export function updateCasePlanAction(ctx: ScopedContext, input: CasePlanActionUpdate) {
  const action = "case.plan.updateAction";
  return withCaseInScope(ctx, input.caseId, action, { change: true }, async (tx, fssCase) => {
    refuseIfClosed(fssCase);
    const changed = await updateCasePlanActionStatus(tx, { caseId: fssCase.id, actionId: input.actionId, status: input.status });
    if (!changed) throw fieldError("actionId", "Choose an action of this case’s plan");
    await audit(ctx, tx, {
      action,
      entityType: "fss_case",
      entityId: fssCase.id,
      detail: { actionId: input.actionId, status: input.status, before: { status: changed.before } },
    });
    return { caseId: fssCase.id, id: input.actionId };
  });
}
