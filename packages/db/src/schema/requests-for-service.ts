import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { allocationMeetings } from "./allocation-meetings";
import { areas } from "./areas";
import { consultations } from "./consultations";
import { earlyHelpAssessments } from "./early-help-assessments";
import { id, lifecycleDates } from "./lifecycle";
import { families } from "./people";
import { staffUsers } from "./staff";
import { teamsAroundFamilies } from "./team-around-the-family";

/**
 * A request for service to FSS (issue 11 §5): always about a named family, since FSS works with
 * families it can identify. Filed in the family's area, which is the FSS intake queue it lands in.
 * It points at the family, not at people, so a person merge has nothing here to move.
 */
export const requestsForService = pgTable(
  "requests_for_service",
  {
    id: id(),
    /** Shown as the reference (RS000123); never the id. */
    number: integer("number").notNull().generatedAlwaysAsIdentity(),
    areaId: uuid("area_id")
      .notNull()
      .references(() => areas.id),
    familyId: uuid("family_id")
      .notNull()
      .references(() => families.id),
    /** Where it came from: a consultation, an Early Help Assessment or a team around the family (at most one). */
    consultationId: uuid("consultation_id").references(() => consultations.id),
    assessmentId: uuid("assessment_id").references(() => earlyHelpAssessments.id),
    tafId: uuid("taf_id").references(() => teamsAroundFamilies.id),
    level: smallint("level").notNull(),
    reasons: text("reasons").notNull(),
    triedSoFar: text("tried_so_far").notNull(),
    consentGivenBy: text("consent_given_by").notNull(),
    consentGivenOn: date("consent_given_on", { mode: "string" }).notNull(),
    requestedBy: uuid("requested_by")
      .notNull()
      .references(() => staffUsers.id),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull(),
    status: text("status").notNull().default("received"),
    decisionReason: text("decision_reason"),
    decidedBy: uuid("decided_by").references(() => staffUsers.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    /** The allocation meeting the decision was taken at; null for one decided outside a meeting. */
    allocationMeetingId: uuid("allocation_meeting_id").references(() => allocationMeetings.id),
    /**
     * When the requester marked FSS's decision as read. Until then it is in their My work, so a
     * step-down is picked up by LCSS rather than lost.
     */
    requesterReadAt: timestamp("requester_read_at", { withTimezone: true }),
    ...lifecycleDates,
  },
  (t) => [
    check("requests_for_service_level_check", sql`${t.level} between 1 and 4`),
    check("requests_for_service_status_check", sql`${t.status} in ('received', 'accepted', 'stepped_down', 'escalated', 'no_further_action')`),
    check("requests_for_service_decision_check", sql`(${t.status} = 'received') = (${t.decidedAt} is null)`),
    uniqueIndex("requests_for_service_number_idx").on(t.number),
    check("requests_for_service_one_source_check", sql`num_nonnulls(${t.consultationId}, ${t.assessmentId}, ${t.tafId}) <= 1`),
    // One request per source: a second ask is a change to the first, not a new one.
    uniqueIndex("requests_for_service_consultation_idx").on(t.consultationId),
    uniqueIndex("requests_for_service_assessment_idx").on(t.assessmentId),
    uniqueIndex("requests_for_service_taf_idx").on(t.tafId),
    index("requests_for_service_area_status_idx").on(t.areaId, t.status, t.requestedAt),
    index("requests_for_service_family_idx").on(t.familyId),
    index("requests_for_service_meeting_idx").on(t.allocationMeetingId),
    index("requests_for_service_unread_idx")
      .on(t.requestedBy)
      .where(sql`${t.decidedAt} is not null and ${t.requesterReadAt} is null`),
  ],
);
