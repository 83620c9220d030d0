import { relations, sql } from "drizzle-orm";
import { check, date, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { id } from "./lifecycle";
import { people } from "./people";
import { staffUsers } from "./staff";

/**
 * A young person's education, employment or training activity as the EET team recorded it (issue
 * 14 §2). Rows are never changed: recording a new activity, or confirming the same one again, adds
 * a row, so the history shows every change and every check. The current activity is the latest
 * row; characteristics, intended destination and September Guarantee offers travel with each row,
 * as they stood when it was recorded.
 */
export const neetActivities = pgTable(
  "neet_activities",
  {
    id: id(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    /** The NCCIS current-activity code (the domain's neetActivityCodes). */
    activityCode: text("activity_code").notNull(),
    startDate: date("start_date", { mode: "string" }).notNull(),
    /** Courses and training only. */
    expectedEndDate: date("expected_end_date", { mode: "string" }),
    lastConfirmedOn: date("last_confirmed_on", { mode: "string" }).notNull(),
    source: text("source").notNull(),
    characteristics: text("characteristics")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    intendedDestinationCode: text("intended_destination_code"),
    septemberGuaranteeYear11: text("september_guarantee_year11"),
    septemberGuaranteeYear12: text("september_guarantee_year12"),
    recordedBy: uuid("recorded_by")
      .notNull()
      .references(() => staffUsers.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("neet_activities_code_check", sql`${t.activityCode} ~ '^[0-9]{3}$'`),
    check("neet_activities_confirmed_after_start_check", sql`${t.lastConfirmedOn} >= ${t.startDate}`),
    // The current activity of each young person is the first row of this index.
    index("neet_activities_person_latest_idx").on(t.personId, t.recordedAt.desc(), t.id.desc()),
    index("neet_activities_recorded_by_idx").on(t.recordedBy),
  ],
);

export const neetActivitiesRelations = relations(neetActivities, ({ one }) => ({
  person: one(people, { fields: [neetActivities.personId], references: [people.id] }),
  recordedByStaff: one(staffUsers, { fields: [neetActivities.recordedBy], references: [staffUsers.id] }),
}));
