import { relations, sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { areas, localities } from "./areas";
import { directoryServices } from "./directory";
import { id, lifecycleDates } from "./lifecycle";
import { families } from "./people";
import { staffUsers } from "./staff";

/**
 * The list LCSS keeps of the organisations whose staff ring the advice line (schools, early-years
 * settings, GP practices and others). Retired rather than deleted, so past calls keep their name.
 */
export const callerOrganisations = pgTable("caller_organisations", {
  id: id(),
  name: text("name").notNull().unique(),
  kind: text("kind").notNull(),
  /** The area it sits in; null for county-wide bodies such as the police. */
  areaId: uuid("area_id").references(() => areas.id),
  active: boolean("active").notNull().default(true),
  ...lifecycleDates,
});

/**
 * A call to the advice line (issue 11 §1). `family_kind` is null for an immediate-risk call sent
 * straight to the MASH, where nothing about the child is asked. A no-names consultation keeps the
 * child's age and setting when it is later named, so its history stays as it was recorded.
 */
export const consultations = pgTable(
  "consultations",
  {
    id: id(),
    /** Shown as the reference the caller quotes (LC000123); never the id. */
    number: integer("number").notNull().generatedAlwaysAsIdentity(),
    areaId: uuid("area_id")
      .notNull()
      .references(() => areas.id),
    localityId: uuid("locality_id").references(() => localities.id),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    /** Null only for a request made online (issue 11 §2) that no worker has picked up yet. */
    takenBy: uuid("taken_by").references(() => staffUsers.id),
    /** How it reached LCSS: a call to the advice line, or a request a professional made online. */
    source: text("source").notNull().default("phone"),
    immediateRisk: boolean("immediate_risk").notNull(),
    callerName: text("caller_name"),
    callerRole: text("caller_role"),
    organisationId: uuid("organisation_id").references(() => callerOrganisations.id),
    organisationOther: text("organisation_other"),
    callerPhone: text("caller_phone"),
    callerEmail: text("caller_email"),
    familyKind: text("family_kind"),
    familyId: uuid("family_id").references(() => families.id),
    consentGivenBy: text("consent_given_by"),
    childAge: smallint("child_age"),
    childSetting: text("child_setting"),
    concern: text("concern"),
    adviceGiven: text("advice_given"),
    /** Null until an online request has been called back and its outcome recorded. */
    outcome: text("outcome"),
    signpostTo: text("signpost_to"),
    /** The directory entry signposted to, when it is in the directory: counts which services are used. */
    signpostServiceId: uuid("signpost_service_id").references(() => directoryServices.id),
    status: text("status").notNull(),
    /** When and by whom a no-names consultation was named after consent was given. */
    namedAt: timestamp("named_at", { withTimezone: true }),
    namedBy: uuid("named_by").references(() => staffUsers.id),
    /**
     * Feedback to the referrer: when the transport confirmed the email was sent, or when a worker
     * recorded telling the caller by phone. Null while the referrer has not been told.
     */
    feedbackSentAt: timestamp("feedback_sent_at", { withTimezone: true }),
    feedbackMethod: text("feedback_method"),
    /** Who recorded phone feedback; null for an email the worker sent. */
    feedbackRecordedBy: uuid("feedback_recorded_by").references(() => staffUsers.id),
    feedbackNote: text("feedback_note"),
    ...lifecycleDates,
  },
  (t) => [
    check("consultations_family_check", sql`(${t.familyKind} = 'named') = (${t.familyId} is not null)`),
    check("consultations_immediate_risk_check", sql`not ${t.immediateRisk} or ${t.outcome} = 'social_care_now'`),
    check("consultations_child_age_check", sql`${t.childAge} is null or ${t.childAge} between 0 and 25`),
    check(
      "consultations_feedback_check",
      sql`(${t.feedbackSentAt} is null) = (${t.feedbackMethod} is null) and (${t.feedbackMethod} is null or ${t.feedbackMethod} in ('email', 'phone'))`,
    ),
    // The queue of calls whose referrer has not yet been told, for the feedback scan and My work.
    index("consultations_awaiting_feedback_idx")
      .on(t.takenBy)
      .where(sql`${t.status} = 'awaiting_feedback'`),
    check("consultations_source_check", sql`${t.source} in ('phone', 'online')`),
    check("consultations_online_check", sql`${t.source} = 'online' or (${t.takenBy} is not null and ${t.outcome} is not null)`),
    index("consultations_area_received_idx").on(t.areaId, sql`${t.receivedAt} desc`),
    index("consultations_family_idx").on(t.familyId),
    index("consultations_signpost_service_idx").on(t.signpostServiceId),
    uniqueIndex("consultations_number_idx").on(t.number),
  ],
);

export const consultationsRelations = relations(consultations, ({ one }) => ({
  family: one(families, { fields: [consultations.familyId], references: [families.id] }),
  organisation: one(callerOrganisations, { fields: [consultations.organisationId], references: [callerOrganisations.id] }),
}));
