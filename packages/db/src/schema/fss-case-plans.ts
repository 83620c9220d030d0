import { date, index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { caseOversightKinds, casePlanActionStatuses, caseReviewDecisions } from "@hearth/domain";
import { fssCases } from "./fss-cases";
import { id, lifecycleDates } from "./lifecycle";
import { staffUsers } from "./staff";

export const casePlanActionStatus = pgEnum("case_plan_action_status", casePlanActionStatuses);
export const caseReviewDecision = pgEnum("case_review_decision", caseReviewDecisions);
export const caseOversightKind = pgEnum("case_oversight_kind", caseOversightKinds);

/**
 * A case's plan, reviews and oversight (issue 12 §2), and who held it when (§1 reallocation). All
 * are about the case as a whole and name no person, so a person merge has nothing here to move.
 */
export const casePlanOutcomes = pgTable(
  "case_plan_outcomes",
  {
    id: id(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => fssCases.id),
    description: text("description").notNull(),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => staffUsers.id),
    ...lifecycleDates,
  },
  (t) => [index("case_plan_outcomes_case_idx").on(t.caseId)],
);

export const casePlanActions = pgTable(
  "case_plan_actions",
  {
    id: id(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => fssCases.id),
    outcomeId: uuid("outcome_id")
      .notNull()
      .references(() => casePlanOutcomes.id),
    description: text("description").notNull(),
    /** Whoever does it: the worker, a parent, a partner; by name, as the plan is written with the family. */
    owner: text("owner").notNull(),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    status: casePlanActionStatus("status").notNull().default("not_started"),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => staffUsers.id),
    ...lifecycleDates,
  },
  (t) => [index("case_plan_actions_case_idx").on(t.caseId)],
);

/** A review of the plan: held on a day, progress, and what was decided. Never edited. */
export const caseReviews = pgTable(
  "case_reviews",
  {
    id: id(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => fssCases.id),
    heldOn: date("held_on", { mode: "string" }).notNull(),
    progress: text("progress").notNull(),
    decision: caseReviewDecision("decision").notNull(),
    decisionNote: text("decision_note").notNull(),
    recordedBy: uuid("recorded_by")
      .notNull()
      .references(() => staffUsers.id),
    ...lifecycleDates,
  },
  (t) => [index("case_reviews_case_idx").on(t.caseId, t.heldOn)],
);

/** A manager's recorded decision on a case, or a supervision note. Never edited. */
export const caseOversight = pgTable(
  "case_oversight",
  {
    id: id(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => fssCases.id),
    kind: caseOversightKind("kind").notNull(),
    decidedOn: date("decided_on", { mode: "string" }).notNull(),
    decision: text("decision").notNull(),
    rationale: text("rationale").notNull(),
    recordedBy: uuid("recorded_by")
      .notNull()
      .references(() => staffUsers.id),
    ...lifecycleDates,
  },
  (t) => [index("case_oversight_case_idx").on(t.caseId, t.decidedOn)],
);

/** Each change of key worker with its reason: the case's own row holds only the current one. */
export const caseReallocations = pgTable(
  "case_reallocations",
  {
    id: id(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => fssCases.id),
    fromStaffId: uuid("from_staff_id")
      .notNull()
      .references(() => staffUsers.id),
    toStaffId: uuid("to_staff_id")
      .notNull()
      .references(() => staffUsers.id),
    reason: text("reason").notNull(),
    reallocatedBy: uuid("reallocated_by")
      .notNull()
      .references(() => staffUsers.id),
    reallocatedAt: timestamp("reallocated_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("case_reallocations_case_idx").on(t.caseId)],
);
