import { sql } from "drizzle-orm";
import { check, date, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { tafActionStatuses, tafClosureReasons, tafMemberKinds, tafStatuses } from "@hearth/domain";
import { earlyHelpAssessments } from "./early-help-assessments";
import { id, lifecycleDates } from "./lifecycle";
import { families, people } from "./people";
import { staffUsers } from "./staff";

export const tafStatus = pgEnum("taf_status", tafStatuses);
export const tafMemberKind = pgEnum("taf_member_kind", tafMemberKinds);
export const tafActionStatus = pgEnum("taf_action_status", tafActionStatuses);
export const tafClosureReason = pgEnum("taf_closure_reason", tafClosureReasons);

/**
 * A Team Around the Family (issue 11 §4), started from one completed or signed-off Early Help
 * Assessment: at most one per assessment. Led by a member of staff, whose My work shows its reviews.
 */
export const teamsAroundFamilies = pgTable(
  "teams_around_families",
  {
    id: id(),
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => earlyHelpAssessments.id),
    familyId: uuid("family_id")
      .notNull()
      .references(() => families.id),
    status: tafStatus("status").notNull().default("open"),
    startedOn: date("started_on", { mode: "string" }).notNull(),
    leadStaffId: uuid("lead_staff_id")
      .notNull()
      .references(() => staffUsers.id),
    closedOn: date("closed_on", { mode: "string" }),
    closureReason: tafClosureReason("closure_reason"),
    closureSummary: text("closure_summary"),
    closedBy: uuid("closed_by").references(() => staffUsers.id),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => staffUsers.id),
    ...lifecycleDates,
  },
  (t) => [
    uniqueIndex("teams_around_families_assessment_idx").on(t.assessmentId),
    index("teams_around_families_family_idx").on(t.familyId),
    index("teams_around_families_lead_idx").on(t.leadStaffId),
    check("teams_around_families_closed_check", sql`(${t.status} = 'closed') = (${t.closedOn} is not null and ${t.closureReason} is not null)`),
  ],
);

/** Who is in the team: the family's own members, the lead professional and partner agencies. */
export const tafMembers = pgTable(
  "taf_members",
  {
    id: id(),
    tafId: uuid("taf_id")
      .notNull()
      .references(() => teamsAroundFamilies.id, { onDelete: "cascade" }),
    kind: tafMemberKind("kind").notNull(),
    /** Set for a family member on the family's record. */
    personId: uuid("person_id").references(() => people.id),
    name: text("name").notNull(),
    agency: text("agency"),
    role: text("role"),
    contact: text("contact"),
    addedBy: uuid("added_by")
      .notNull()
      .references(() => staffUsers.id),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("taf_members_taf_idx").on(t.tafId), index("taf_members_person_idx").on(t.personId)],
);

/**
 * A meeting of the team. It is scheduled first (date, time, venue: heldOn null) and its minutes
 * recorded once held (who came, who sent apologies, what was agreed); a meeting may also be
 * recorded afterwards without having been scheduled here. The next scheduled one is the team's
 * "next meeting" and is what members are reminded of.
 */
export const tafMeetings = pgTable(
  "taf_meetings",
  {
    id: id(),
    tafId: uuid("taf_id")
      .notNull()
      .references(() => teamsAroundFamilies.id, { onDelete: "cascade" }),
    scheduledOn: date("scheduled_on", { mode: "string" }),
    /** London wall-clock time, "14:30". */
    startsAt: text("starts_at"),
    venue: text("venue"),
    heldOn: date("held_on", { mode: "string" }),
    attendees: text("attendees").array().notNull().default([]),
    apologies: text("apologies").array().notNull().default([]),
    /** The minutes: what the meeting discussed and agreed. */
    summary: text("summary"),
    recordedBy: uuid("recorded_by")
      .notNull()
      .references(() => staffUsers.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("taf_meetings_taf_idx").on(t.tafId),
    index("taf_meetings_scheduled_idx")
      .on(t.scheduledOn)
      .where(sql`${t.heldOn} is null`),
    check("taf_meetings_minutes_check", sql`(${t.heldOn} is null) = (${t.summary} is null)`),
    check(
      "taf_meetings_scheduled_check",
      sql`${t.heldOn} is not null or (${t.scheduledOn} is not null and ${t.startsAt} is not null and ${t.venue} is not null)`,
    ),
  ],
);

/** The action plan: each action serves one of the assessment's desired outcomes (kept word for word). */
export const tafActions = pgTable(
  "taf_actions",
  {
    id: id(),
    tafId: uuid("taf_id")
      .notNull()
      .references(() => teamsAroundFamilies.id, { onDelete: "cascade" }),
    action: text("action").notNull(),
    owner: text("owner").notNull(),
    agency: text("agency"),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    outcome: text("outcome").notNull(),
    status: tafActionStatus("status").notNull().default("open"),
    ...lifecycleDates,
  },
  (t) => [index("taf_actions_taf_idx").on(t.tafId)],
);

/** Reviews: one still to hold (heldOn null) at a time while the team is open, and those held. */
export const tafReviews = pgTable(
  "taf_reviews",
  {
    id: id(),
    tafId: uuid("taf_id")
      .notNull()
      .references(() => teamsAroundFamilies.id, { onDelete: "cascade" }),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    heldOn: date("held_on", { mode: "string" }),
    summary: text("summary"),
    recordedBy: uuid("recorded_by").references(() => staffUsers.id),
    ...lifecycleDates,
  },
  (t) => [
    index("taf_reviews_taf_idx").on(t.tafId),
    uniqueIndex("taf_reviews_one_pending_idx")
      .on(t.tafId)
      .where(sql`${t.heldOn} is null`),
  ],
);
