import { sql } from "drizzle-orm";
import { boolean, check, date, index, jsonb, pgEnum, pgTable, primaryKey, smallint, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import {
  attendanceStatuses,
  measurementPoints,
  programmeReferralSources,
  programmeReferralStatuses,
  sdqInformants,
  type ProgrammeRunCreate,
} from "@hearth/domain";
import { areas } from "./areas";
import { centres } from "./centres";
import { id, lifecycleDates } from "./lifecycle";
import { families, people } from "./people";
import { programmes } from "./programmes";
import { staffUsers } from "./staff";

export const programmeRunStatus = pgEnum("programme_run_status", ["planned", "running", "finished", "cancelled"]);
export const enrolmentStatus = pgEnum("enrolment_status", ["enrolled", "completed", "withdrawn"]);
export const programmeAttendanceStatus = pgEnum("programme_attendance_status", attendanceStatuses);
export const outcomeMeasure = pgEnum("outcome_measure", ["sdq", "wemwbs", "outcomes_star"]);
export const sdqInformant = pgEnum("sdq_informant", sdqInformants);
export const measurementPoint = pgEnum("measurement_point", measurementPoints);
export const programmeReferralSource = pgEnum("programme_referral_source", programmeReferralSources);
export const programmeReferralStatus = pgEnum("programme_referral_status", programmeReferralStatuses);

/** A run (cohort) of a programme (the domain's programmeRunCreateSchema). */
export const programmeRuns = pgTable(
  "programme_runs",
  {
    id: id(),
    programmeId: uuid("programme_id")
      .notNull()
      .references(() => programmes.id),
    /** A centre, or a venue described by name and postcode. */
    centreId: uuid("centre_id").references(() => centres.id),
    venueName: text("venue_name"),
    venuePostcode: text("venue_postcode"),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    /** The weekly schedule, as the domain's weeklyScheduleSchema parses it. */
    schedule: jsonb("schedule").$type<ProgrammeRunCreate["schedule"]>().notNull(),
    facilitators: text("facilitators").array().notNull(),
    /** Facilitators who are staff: their My work shows families missing sessions. */
    facilitatorStaffIds: uuid("facilitator_staff_ids")
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    /** The owning area (the centre's, or chosen for an outreach venue); scopes who sees the run. */
    areaId: uuid("area_id").references(() => areas.id),
    /** The dated sessions, fixed when the run is put on (bank holidays and closures skipped). */
    sessionDates: date("session_dates", { mode: "string" })
      .array()
      .notNull()
      .default(sql`'{}'::date[]`),
    capacity: smallint("capacity").notNull(),
    status: programmeRunStatus("status").notNull().default("planned"),
    createdBy: uuid("created_by").references(() => staffUsers.id),
    ...lifecycleDates,
  },
  (t) => [
    check("programme_runs_capacity_check", sql`${t.capacity} > 0`),
    check(
      "programme_runs_venue_check",
      sql`(${t.centreId} is not null and ${t.venueName} is null and ${t.venuePostcode} is null)
        or (${t.centreId} is null and ${t.venueName} is not null and ${t.venuePostcode} is not null)`,
    ),
    check("programme_runs_facilitators_check", sql`cardinality(${t.facilitators}) > 0`),
    index("programme_runs_programme_idx").on(t.programmeId, t.startsOn),
  ],
);

/** A child (with their family) on a run; nobody is enrolled on the same run twice. */
export const programmeEnrolments = pgTable(
  "programme_enrolments",
  {
    id: id(),
    runId: uuid("run_id")
      .notNull()
      .references(() => programmeRuns.id),
    familyId: uuid("family_id")
      .notNull()
      .references(() => families.id),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    enrolledAt: timestamp("enrolled_at", { withTimezone: true }).notNull().defaultNow(),
    referralId: uuid("referral_id"),
    status: enrolmentStatus("status").notNull().default("enrolled"),
    ...lifecycleDates,
  },
  (t) => [unique("programme_enrolments_run_person_key").on(t.runId, t.personId), index("programme_enrolments_family_idx").on(t.familyId)],
);

/** One mark per enrolment per session of the run. */
export const programmeAttendance = pgTable(
  "programme_attendance",
  {
    enrolmentId: uuid("enrolment_id")
      .notNull()
      .references(() => programmeEnrolments.id, { onDelete: "cascade" }),
    sessionDate: date("session_date", { mode: "string" }).notNull(),
    status: programmeAttendanceStatus("status").notNull(),
    recordedBy: uuid("recorded_by").references(() => staffUsers.id),
    ...lifecycleDates,
  },
  (t) => [primaryKey({ columns: [t.enrolmentId, t.sessionDate] })],
);

/**
 * Outcome measurements: SDQ answers (25 items, 0–2 or null), WEMWBS answers (14 items, 1–5) or
 * an Outcomes Star reading (area → 1–10), parsed with the domain's schemas before insert. The
 * total is the SDQ total difficulties (null when too few items), the WEMWBS score or the Star's sum.
 */
export const outcomeMeasurements = pgTable(
  "outcome_measurements",
  {
    id: id(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    enrolmentId: uuid("enrolment_id").references(() => programmeEnrolments.id),
    measure: outcomeMeasure("measure").notNull(),
    point: measurementPoint("point").notNull().default("review"),
    takenOn: date("taken_on", { mode: "string" }).notNull(),
    /** SDQ only: who completed the questionnaire. */
    informant: sdqInformant("informant"),
    /** Outcomes Star only: which Star was used. */
    star: text("star"),
    itemScores: jsonb("item_scores").$type<(number | null)[] | Record<string, number>>().notNull(),
    total: smallint("total"),
    recordedBy: uuid("recorded_by").references(() => staffUsers.id),
    ...lifecycleDates,
  },
  (t) => [
    check(
      "outcome_measurements_shape_check",
      sql`case ${t.measure}
        when 'sdq' then jsonb_typeof(${t.itemScores}) = 'array' and jsonb_array_length(${t.itemScores}) = 25 and ${t.informant} is not null
        when 'wemwbs' then jsonb_typeof(${t.itemScores}) = 'array' and jsonb_array_length(${t.itemScores}) = 14
        else jsonb_typeof(${t.itemScores}) = 'object' and ${t.star} is not null
      end`,
    ),
    check(
      "outcome_measurements_total_check",
      sql`case ${t.measure}
        when 'sdq' then ${t.total} is null or ${t.total} between 0 and 40
        when 'wemwbs' then ${t.total} between 14 and 70
        else ${t.total} >= 1
      end`,
    ),
    index("outcome_measurements_person_idx").on(t.personId, t.measure, t.takenOn),
  ],
);

/**
 * A referral of a child or young person (with their family) to a run, with the family's consent
 * and how to reach the carer. Waiting referrals are offered places in the order they came in.
 */
export const programmeReferrals = pgTable(
  "programme_referrals",
  {
    id: id(),
    runId: uuid("run_id")
      .notNull()
      .references(() => programmeRuns.id),
    familyId: uuid("family_id")
      .notNull()
      .references(() => families.id),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    source: programmeReferralSource("source").notNull(),
    /** The case, assessment, team or consultation it came from, or for a self-referral the centre. */
    sourceId: uuid("source_id"),
    consentGiven: boolean("consent_given").notNull(),
    consentGivenBy: text("consent_given_by").notNull(),
    consentRecordedOn: date("consent_recorded_on", { mode: "string" }).notNull(),
    carerName: text("carer_name").notNull(),
    mobile: text("mobile"),
    email: text("email"),
    preferredChannel: text("preferred_channel").notNull(),
    status: programmeReferralStatus("status").notNull().default("waiting"),
    referredAt: timestamp("referred_at", { withTimezone: true }).notNull().defaultNow(),
    offeredAt: timestamp("offered_at", { withTimezone: true }),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    referredBy: uuid("referred_by").references(() => staffUsers.id),
    ...lifecycleDates,
  },
  (t) => [
    check("programme_referrals_consent_check", sql`${t.consentGiven}`),
    check("programme_referrals_contact_check", sql`${t.mobile} is not null or ${t.email} is not null`),
    index("programme_referrals_run_idx").on(t.runId, t.status, t.referredAt),
    index("programme_referrals_family_idx").on(t.familyId),
  ],
);
