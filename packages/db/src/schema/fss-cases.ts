import { relations, sql } from "drizzle-orm";
import { boolean, date, index, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { caseChildCategories, caseOutcomes, caseStatuses, caseVisitKinds } from "@hearth/domain";
import { areas } from "./areas";
import { id, lifecycleDates } from "./lifecycle";
import { families, people } from "./people";
import { staffUsers } from "./staff";

export const fssCaseStatus = pgEnum("fss_case_status", caseStatuses);
export const fssCaseChildCategory = pgEnum("fss_case_child_category", caseChildCategories);
export const fssCaseOutcome = pgEnum("fss_case_outcome", caseOutcomes);
export const caseVisitKind = pgEnum("case_visit_kind", caseVisitKinds);

/**
 * An FSS whole-family case (issue 12 §2). The area is the family's when the case opened, so the
 * caseload scopes by it without a join. A closed case keeps its closure; reopening clears it and
 * the reason is kept in the audit trail and `reopen_reason`.
 */
export const fssCases = pgTable(
  "fss_cases",
  {
    id: id(),
    familyId: uuid("family_id")
      .notNull()
      .references(() => families.id),
    areaId: uuid("area_id")
      .notNull()
      .references(() => areas.id),
    keyWorkerId: uuid("key_worker_id")
      .notNull()
      .references(() => staffUsers.id),
    status: fssCaseStatus("status").notNull().default("open"),
    reason: text("reason").notNull(),
    openedOn: date("opened_on", { mode: "string" }).notNull(),
    openedBy: uuid("opened_by")
      .notNull()
      .references(() => staffUsers.id),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    closedBy: uuid("closed_by").references(() => staffUsers.id),
    closeReason: text("close_reason"),
    closeSummary: text("close_summary"),
    outcome: fssCaseOutcome("outcome"),
    /** Closed with a step-down to LCSS: the family goes back to early help, in LCSS's My work until picked up. */
    steppedDownToLcss: boolean("stepped_down_to_lcss").notNull().default(false),
    /** Who in LCSS picked the stepped-down family up, and when: until then it waits in the area's LCSS queue. */
    stepDownPickedUpAt: timestamp("step_down_picked_up_at", { withTimezone: true }),
    stepDownPickedUpBy: uuid("step_down_picked_up_by").references(() => staffUsers.id),
    reopenReason: text("reopen_reason"),
    ...lifecycleDates,
  },
  (t) => [
    index("fss_cases_key_worker_idx").on(t.keyWorkerId, t.status),
    index("fss_cases_family_idx").on(t.familyId),
    index("fss_cases_step_down_waiting_idx")
      .on(t.areaId)
      .where(sql`${t.steppedDownToLcss} and ${t.stepDownPickedUpAt} is null`),
  ],
);

/** The children a case names, each with why FSS works with them. */
export const fssCaseChildren = pgTable(
  "fss_case_children",
  {
    caseId: uuid("case_id")
      .notNull()
      .references(() => fssCases.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    category: fssCaseChildCategory("category").notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.personId] }), index("fss_case_children_person_idx").on(t.personId)],
);

/** A visit or case note. Never edited here: what was recorded when stays. */
export const caseVisits = pgTable(
  "case_visits",
  {
    id: id(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => fssCases.id),
    kind: caseVisitKind("kind").notNull(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    /** The London date of occurred_at, kept so cadence sums need no time zone arithmetic. */
    occurredOn: date("occurred_on", { mode: "string" }).notNull(),
    whoWasSeen: text("who_was_seen").notNull(),
    narrative: text("narrative").notNull(),
    significant: boolean("significant").notNull().default(false),
    recordedBy: uuid("recorded_by")
      .notNull()
      .references(() => staffUsers.id),
    ...lifecycleDates,
  },
  (t) => [index("case_visits_case_idx").on(t.caseId, t.occurredAt)],
);

/** For each child named on the case: whether this visit saw them, and alone. */
export const caseVisitChildren = pgTable(
  "case_visit_children",
  {
    visitId: uuid("visit_id")
      .notNull()
      .references(() => caseVisits.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    seen: boolean("seen").notNull(),
    seenAlone: boolean("seen_alone"),
    notSeenAloneReason: text("not_seen_alone_reason"),
  },
  (t) => [primaryKey({ columns: [t.visitId, t.personId] }), index("case_visit_children_person_idx").on(t.personId)],
);

export const fssCasesRelations = relations(fssCases, ({ one, many }) => ({
  family: one(families, { fields: [fssCases.familyId], references: [families.id] }),
  children: many(fssCaseChildren),
  visits: many(caseVisits),
}));
export const fssCaseChildrenRelations = relations(fssCaseChildren, ({ one }) => ({
  case: one(fssCases, { fields: [fssCaseChildren.caseId], references: [fssCases.id] }),
}));
export const caseVisitsRelations = relations(caseVisits, ({ one, many }) => ({
  case: one(fssCases, { fields: [caseVisits.caseId], references: [fssCases.id] }),
  children: many(caseVisitChildren),
}));
export const caseVisitChildrenRelations = relations(caseVisitChildren, ({ one }) => ({
  visit: one(caseVisits, { fields: [caseVisitChildren.visitId], references: [caseVisits.id] }),
}));
