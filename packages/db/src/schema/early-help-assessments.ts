import { relations, sql } from "drizzle-orm";
import { check, date, index, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import {
  earlyHelpAssessmentStatuses,
  ehaConsentMethods,
  ehaEventKinds,
  ehaQualityRatings,
  type AssessmentFinding,
  type EhaChildSection,
  type LeadProfessional,
} from "@hearth/domain";
import { consultations } from "./consultations";
import { id, lifecycleDates } from "./lifecycle";
import { families, people } from "./people";
import { staffUsers } from "./staff";

export const earlyHelpAssessmentStatus = pgEnum("early_help_assessment_status", earlyHelpAssessmentStatuses);
export const ehaConsentMethod = pgEnum("eha_consent_method", ehaConsentMethods);
export const ehaEventKind = pgEnum("eha_event_kind", ehaEventKinds);
export const ehaQualityRating = pgEnum("eha_quality_rating", ehaQualityRatings);

/** One child's part of a task-list assessment: the three domains and the child's own voice. */
export type EhaChildAssessment = Omit<EhaChildSection, "section">;

/**
 * An Early Help Assessment of a family, covering one or more of its children. The findings per
 * Assessment Framework area are jsonb because their shape is the domain's (validated by
 * earlyHelpAssessmentCreateSchema before every write), and they are always read whole.
 */
export const earlyHelpAssessments = pgTable(
  "early_help_assessments",
  {
    id: id(),
    familyId: uuid("family_id")
      .notNull()
      .references(() => families.id),
    status: earlyHelpAssessmentStatus("status").notNull().default("draft"),
    startedOn: date("started_on", { mode: "string" }).notNull(),
    /** Worked out in working days by the domain when the assessment starts. */
    dueOn: date("due_on", { mode: "string" }).notNull(),
    leadProfessional: jsonb("lead_professional").$type<LeadProfessional>(),
    /** Kept as a column too so "my assessments" is an indexed lookup, not a jsonb scan. */
    leadProfessionalStaffId: uuid("lead_professional_staff_id").references(() => staffUsers.id),
    childsVoice: text("childs_voice"),
    childsVoiceNotRecordedReason: text("childs_voice_not_recorded_reason"),
    findings: jsonb("findings").$type<AssessmentFinding[]>().notNull().default([]),
    strengths: text("strengths").array().notNull().default([]),
    needs: text("needs").array().notNull().default([]),
    consentGivenByPersonId: uuid("consent_given_by_person_id").references(() => people.id),
    consentGivenOn: date("consent_given_on", { mode: "string" }),
    consentWithdrawnOn: date("consent_withdrawn_on", { mode: "string" }),
    completedOn: date("completed_on", { mode: "string" }),
    signedOffOn: date("signed_off_on", { mode: "string" }),
    signedOffBy: uuid("signed_off_by").references(() => staffUsers.id),
    createdBy: uuid("created_by").references(() => staffUsers.id),
    /** The advice-line call the assessment followed, if any. */
    consultationId: uuid("consultation_id").references(() => consultations.id),
    consentMethod: ehaConsentMethod("consent_method"),
    /** The task list's sections, each written whole by its own form (validated by ehaSectionSchema). */
    childAssessments: jsonb("child_assessments").$type<EhaChildAssessment[]>().notNull().default([]),
    parentsViews: text("parents_views"),
    analysis: text("analysis"),
    desiredOutcomes: text("desired_outcomes").array().notNull().default([]),
    completedSections: text("completed_sections").array().notNull().default([]),
    /** The senior practitioner's comments when it was last returned to its author. */
    returnComments: text("return_comments"),
    qualityRating: ehaQualityRating("quality_rating"),
    qualityFeedback: text("quality_feedback"),
    qualityAuditedBy: uuid("quality_audited_by").references(() => staffUsers.id),
    qualityAuditedAt: timestamp("quality_audited_at", { withTimezone: true }),
    ...lifecycleDates,
  },
  (t) => [
    check("early_help_assessments_due_check", sql`${t.dueOn} >= ${t.startedOn}`),
    check("early_help_assessments_consent_check", sql`${t.consentWithdrawnOn} is null or ${t.consentWithdrawnOn} >= ${t.consentGivenOn}`),
    index("early_help_assessments_family_idx").on(t.familyId),
    index("early_help_assessments_lead_idx").on(t.leadProfessionalStaffId),
  ],
);

/** The children an assessment is about. */
export const earlyHelpAssessmentChildren = pgTable(
  "early_help_assessment_children",
  {
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => earlyHelpAssessments.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.personId] }), index("early_help_assessment_children_person_idx").on(t.personId)],
);

/** The adults the assessment covers: the whole family is assessed, not only the children. */
export const earlyHelpAssessmentAdults = pgTable(
  "early_help_assessment_adults",
  {
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => earlyHelpAssessments.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.personId] }), index("early_help_assessment_adults_person_idx").on(t.personId)],
);

/**
 * What happened to an assessment and when: its history, the reviews and returns with their
 * words, and its entries on the family's chronology. Append-only.
 */
export const earlyHelpAssessmentEvents = pgTable(
  "early_help_assessment_events",
  {
    id: id(),
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => earlyHelpAssessments.id, { onDelete: "cascade" }),
    kind: ehaEventKind("kind").notNull(),
    /** The day it took effect (a review's or a sign-off's date), as the practitioner gave it. */
    occurredOn: date("occurred_on", { mode: "string" }).notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
    byStaffId: uuid("by_staff_id")
      .notNull()
      .references(() => staffUsers.id),
    note: text("note"),
  },
  (t) => [index("early_help_assessment_events_assessment_idx").on(t.assessmentId, t.recordedAt)],
);

export const earlyHelpAssessmentsRelations = relations(earlyHelpAssessments, ({ many, one }) => ({
  children: many(earlyHelpAssessmentChildren),
  family: one(families, { fields: [earlyHelpAssessments.familyId], references: [families.id] }),
}));
export const earlyHelpAssessmentChildrenRelations = relations(earlyHelpAssessmentChildren, ({ one }) => ({
  assessment: one(earlyHelpAssessments, { fields: [earlyHelpAssessmentChildren.assessmentId], references: [earlyHelpAssessments.id] }),
  person: one(people, { fields: [earlyHelpAssessmentChildren.personId], references: [people.id] }),
}));
