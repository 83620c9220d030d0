import { sql } from "drizzle-orm";
import { check, date, index, jsonb, pgEnum, pgTable, primaryKey, smallint, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { attendanceStatuses, sdqInformants, type ProgrammeRunCreate } from "@hearth/domain";
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
