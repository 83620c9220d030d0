import { z } from "zod";
import { addDays, isoDateSchema, type IsoDate } from "../calendar/iso-date";
import { textSchema } from "../shared/text";

/**
 * The case's plan (issue 12 §2): the outcomes the family and FSS work towards, each with actions
 * (who does what by when, and how far it has got), and reviews on a cadence recording progress and
 * what was decided. Oversight is the manager's recorded decisions and supervision notes.
 */

const caseId = z.uuid({ error: "Unknown case" });

export const casePlanActionStatuses = ["not_started", "in_progress", "done", "no_longer_needed"] as const;
export type CasePlanActionStatus = (typeof casePlanActionStatuses)[number];
export const casePlanActionStatusLabels: Record<CasePlanActionStatus, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  done: "Done",
  no_longer_needed: "No longer needed",
};

export const caseReviewDecisions = ["continue_plan", "change_plan", "step_down", "close", "escalate"] as const;
export type CaseReviewDecision = (typeof caseReviewDecisions)[number];
export const caseReviewDecisionLabels: Record<CaseReviewDecision, string> = {
  continue_plan: "Continue with the plan",
  change_plan: "Change the plan",
  step_down: "Step down to early help",
  close: "Close the case",
  escalate: "Escalate to children's social care",
};

export const caseOversightKinds = ["management_decision", "supervision"] as const;
export type CaseOversightKind = (typeof caseOversightKinds)[number];
export const caseOversightKindLabels: Record<CaseOversightKind, string> = {
  management_decision: "Management decision",
  supervision: "Supervision note",
};

export const casePlanOutcomeAddSchema = z.object({
  caseId,
  description: textSchema({ label: "outcome", max: 1000, min: 1, multiline: true }),
});
export type CasePlanOutcomeAdd = z.infer<typeof casePlanOutcomeAddSchema>;

export const casePlanActionAddSchema = z.object({
  caseId,
  outcomeId: z.uuid({ error: "Choose the outcome the action is for" }),
  description: textSchema({ label: "action", max: 1000, min: 1, multiline: true }),
  owner: textSchema({ label: "name of who will do it", max: 120, min: 1 }),
  dueOn: isoDateSchema,
});
export type CasePlanActionAdd = z.infer<typeof casePlanActionAddSchema>;

export const casePlanActionUpdateSchema = z.object({
  caseId,
  actionId: z.uuid({ error: "Unknown action" }),
  status: z.enum(casePlanActionStatuses, { error: "Choose how far the action has got" }),
});
export type CasePlanActionUpdate = z.infer<typeof casePlanActionUpdateSchema>;

export const caseReviewRecordSchema = z.object({
  caseId,
  heldOn: isoDateSchema,
  progress: textSchema({ label: "progress against the plan", max: 10_000, min: 1, multiline: true }),
  decision: z.enum(caseReviewDecisions, { error: "Choose what the review decided" }),
  decisionNote: textSchema({ label: "reason for the decision", max: 2000, min: 1, multiline: true }),
});
export type CaseReviewRecord = z.infer<typeof caseReviewRecordSchema>;

export const caseOversightRecordSchema = z.object({
  caseId,
  kind: z.enum(caseOversightKinds, { error: "Choose a management decision or a supervision note" }),
  decidedOn: isoDateSchema,
  decision: textSchema({ label: "decision", max: 2000, min: 1, multiline: true }),
  rationale: textSchema({ label: "rationale", max: 5000, min: 1, multiline: true }),
});
export type CaseOversightRecord = z.infer<typeof caseOversightRecordSchema>;

export const caseReallocateSchema = z.object({
  caseId,
  keyWorkerId: z.uuid({ error: "Choose a key worker" }),
  reason: textSchema({ label: "reason for reallocating", max: 1000, min: 1, multiline: true }),
});
export type CaseReallocate = z.infer<typeof caseReallocateSchema>;

/** Reviews every 12 weeks unless the council sets otherwise (the API's configuration). */
export const defaultCaseReviewWeeks = 12;

/** The next review: the cadence after the last one held, or after the case opened. */
export function nextCaseReviewDue(openedOn: IsoDate, lastReviewOn: IsoDate | null, weeks: number = defaultCaseReviewWeeks): IsoDate {
  const from = lastReviewOn && lastReviewOn > openedOn ? lastReviewOn : openedOn;
  return addDays(from, weeks * 7);
}

/**
 * A dated record on a case (a review, an oversight decision) happens while the case is open: not
 * before it opened and not in the future. Returns the message for the date box, or null.
 */
export function caseRecordDateProblem(on: IsoDate, openedOn: IsoDate, today: IsoDate, what: string): string | null {
  if (on > today) return `The date of the ${what} must be today or in the past`;
  if (on < openedOn) return `The date of the ${what} must be on or after the day the case opened`;
  return null;
}

/** An action falls due while the case runs: not before the case opened. */
export function casePlanActionDueProblem(dueOn: IsoDate, openedOn: IsoDate): string | null {
  return dueOn < openedOn ? "The due date must be on or after the day the case opened" : null;
}
