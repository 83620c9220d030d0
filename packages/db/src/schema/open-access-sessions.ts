import { relations, sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgEnum, pgTable, smallint, text, time, timestamp, uuid } from "drizzle-orm/pg-core";
import { centres } from "./centres";
import { id, lifecycleDates } from "./lifecycle";
import { staffUsers } from "./staff";

/**
 * The menu families choose from, the same in every centre (seeded from the domain's
 * standardOpenAccessSessionTypes). Age bands mirror SessionAgeRule: whole months, upper bound
 * exclusive, because "under 5s" and "11 to 19" are said about a child's age on the session date.
 */
export const sessionTypes = pgTable("session_types", {
  id: id(),
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  description: text("description"),
  fromMonths: smallint("from_months").notNull(),
  untilMonths: smallint("until_months").notNull(),
  /** Young people with SEND or leaving care may keep coming until this age. */
  extendedUntilMonths: smallint("extended_until_months"),
  unbornWelcome: boolean("unborn_welcome").notNull().default(false),
  carerMustStay: boolean("carer_must_stay").notNull(),
});

export const openAccessSessionStatus = pgEnum("open_access_session_status", ["scheduled", "cancelled"]);
export const sessionSeriesStatus = pgEnum("session_series_status", ["active", "cancelled"]);

/** A weekly timetable entry ("Tuesdays 10:00–11:30"); its sessions are made when it is created. */
export const sessionSeries = pgTable(
  "session_series",
  {
    id: id(),
    centreId: uuid("centre_id")
      .notNull()
      .references(() => centres.id),
    sessionTypeId: uuid("session_type_id")
      .notNull()
      .references(() => sessionTypes.id),
    title: text("title").notNull(),
    description: text("description"),
    locationNote: text("location_note"),
    /** ISO weekday, 1 = Monday. */
    weekday: smallint("weekday").notNull(),
    startTime: time("start_time").notNull(),
    endTime: time("end_time").notNull(),
    firstDate: date("first_date", { mode: "string" }).notNull(),
    lastDate: date("last_date", { mode: "string" }).notNull(),
    capacity: integer("capacity").notNull(),
    status: sessionSeriesStatus("status").notNull().default("active"),
    createdBy: uuid("created_by").references(() => staffUsers.id),
    ...lifecycleDates,
  },
  (t) => [index("session_series_centre_idx").on(t.centreId), check("session_series_dates", sql`${t.lastDate} >= ${t.firstDate}`)],
);

/**
 * One open-access session. `booked_count` is the number of places (children) held by bookings with
 * status `booked`, and is only ever changed by single conditional UPDATEs; the check constraint is
 * the last line of defence against selling a place twice. `waitlist_count` is kept beside it so a
 * new booking can see, in the same statement, that families are already queueing.
 */
export const openAccessSessions = pgTable(
  "open_access_sessions",
  {
    id: id(),
    centreId: uuid("centre_id")
      .notNull()
      .references(() => centres.id),
    sessionTypeId: uuid("session_type_id")
      .notNull()
      .references(() => sessionTypes.id),
    seriesId: uuid("series_id").references(() => sessionSeries.id),
    title: text("title").notNull(),
    description: text("description"),
    /** Where the mobile provision parks, or which room: shown with the centre's address. */
    locationNote: text("location_note"),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    capacity: integer("capacity").notNull(),
    bookedCount: integer("booked_count").notNull().default(0),
    waitlistCount: integer("waitlist_count").notNull().default(0),
    status: openAccessSessionStatus("status").notNull().default("scheduled"),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    cancellationReason: text("cancellation_reason"),
    createdBy: uuid("created_by").references(() => staffUsers.id),
    ...lifecycleDates,
  },
  (t) => [
    index("open_access_sessions_centre_starts_idx").on(t.centreId, t.startsAt),
    index("open_access_sessions_starts_idx")
      .on(t.startsAt)
      .where(sql`${t.status} = 'scheduled'`),
    index("open_access_sessions_series_idx").on(t.seriesId),
    check("open_access_sessions_capacity_positive", sql`${t.capacity} > 0`),
    check("open_access_sessions_booked_within_capacity", sql`${t.bookedCount} >= 0 and ${t.bookedCount} <= ${t.capacity}`),
    check("open_access_sessions_waitlist_not_negative", sql`${t.waitlistCount} >= 0`),
    check("open_access_sessions_ends_after_starts", sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/** Days a centre is shut (building work, training days): weekly series skip them. */
export const centreClosures = pgTable(
  "centre_closures",
  {
    id: id(),
    centreId: uuid("centre_id")
      .notNull()
      .references(() => centres.id),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }).notNull(),
    reason: text("reason").notNull(),
    createdBy: uuid("created_by").references(() => staffUsers.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("centre_closures_centre_idx").on(t.centreId, t.startsOn), check("centre_closures_dates", sql`${t.endsOn} >= ${t.startsOn}`)],
);

export const openAccessSessionsRelations = relations(openAccessSessions, ({ one }) => ({
  centre: one(centres, { fields: [openAccessSessions.centreId], references: [centres.id] }),
  sessionType: one(sessionTypes, { fields: [openAccessSessions.sessionTypeId], references: [sessionTypes.id] }),
  series: one(sessionSeries, { fields: [openAccessSessions.seriesId], references: [sessionSeries.id] }),
}));
export const sessionSeriesRelations = relations(sessionSeries, ({ one, many }) => ({
  centre: one(centres, { fields: [sessionSeries.centreId], references: [centres.id] }),
  sessions: many(openAccessSessions),
}));
