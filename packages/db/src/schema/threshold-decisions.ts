import { relations, sql } from "drizzle-orm";
import { boolean, check, date, index, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { ThresholdDecisionCreate } from "@hearth/domain";
import { consultations } from "./consultations";
import { id, lifecycleDates } from "./lifecycle";
import { families, people } from "./people";
import { staffUsers } from "./staff";

/**
 * A decision about a family's level of need. Indicators are kept as catalogue codes (text[]),
 * not foreign keys: the catalogue changes, and the decision must still say what was chosen then.
 */
export const thresholdDecisions = pgTable(
  "threshold_decisions",
  {
    id: id(),
    /** Null for a no-names consultation, where the family has not agreed to be identified. */
    familyId: uuid("family_id").references(() => families.id),
    /** The consultation this decision answers, if it came from the advice line. */
    consultationId: uuid("consultation_id").references(() => consultations.id),
    consent: text("consent").notNull(),
    indicatorCodes: text("indicator_codes").array().notNull().default([]),
    protectiveFactors: text("protective_factors").array().notNull().default([]),
    suggestedLevel: smallint("suggested_level").notNull(),
    level: smallint("level").notNull(),
    rationale: text("rationale"),
    outcome: text("outcome").notNull(),
    decidedOn: date("decided_on", { mode: "string" }).notNull(),
    decidedBy: uuid("decided_by")
      .notNull()
      .references(() => staffUsers.id),
    seniorConfirmationRequired: boolean("senior_confirmation_required").notNull(),
    confirmedBy: uuid("confirmed_by").references(() => staffUsers.id),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    feedbackToReferrer: jsonb("feedback_to_referrer").$type<NonNullable<ThresholdDecisionCreate["feedbackToReferrer"]>>(),
    ...lifecycleDates,
  },
  (t) => [
    check("threshold_decisions_level_check", sql`${t.level} between 1 and 4 and ${t.suggestedLevel} between 1 and 4`),
    // The domain's rule, kept here too because a decision that departs from the suggestion without
    // a reason cannot be defended later.
    check("threshold_decisions_rationale_check", sql`${t.level} = ${t.suggestedLevel} or coalesce(btrim(${t.rationale}), '') <> ''`),
    check("threshold_decisions_confirmation_check", sql`(${t.confirmedBy} is null) = (${t.confirmedAt} is null)`),
    index("threshold_decisions_family_idx").on(t.familyId),
    index("threshold_decisions_consultation_idx").on(t.consultationId),
  ],
);

/** The children a named decision is about. */
export const thresholdDecisionChildren = pgTable(
  "threshold_decision_children",
  {
    decisionId: uuid("decision_id")
      .notNull()
      .references(() => thresholdDecisions.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
  },
  (t) => [primaryKey({ columns: [t.decisionId, t.personId] }), index("threshold_decision_children_person_idx").on(t.personId)],
);

export const thresholdDecisionsRelations = relations(thresholdDecisions, ({ many }) => ({ children: many(thresholdDecisionChildren) }));
export const thresholdDecisionChildrenRelations = relations(thresholdDecisionChildren, ({ one }) => ({
  decision: one(thresholdDecisions, { fields: [thresholdDecisionChildren.decisionId], references: [thresholdDecisions.id] }),
  person: one(people, { fields: [thresholdDecisionChildren.personId], references: [people.id] }),
}));
