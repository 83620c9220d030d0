import { relations, sql } from "drizzle-orm";
import { bigint, boolean, check, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id, lifecycleDates } from "./lifecycle";
import { openAccessSessions } from "./open-access-sessions";
import { families, people } from "./people";
import { staffUsers } from "./staff";

export const bookingStatus = pgEnum("booking_status", ["booked", "waitlisted", "cancelled"]);
export const bookingChannel = pgEnum("booking_channel", ["sms", "email"]);
export const bookingCancelledBy = pgEnum("booking_cancelled_by", ["family", "staff", "session_cancelled"]);

/**
 * A family's booking of one session, made without an account. `places` is the number of children
 * it holds; while `booked` they are counted in the session's booked_count. The waiting list is
 * served in `queue_number` order, which is the order bookings arrived in.
 */
export const bookings = pgTable(
  "bookings",
  {
    id: id(),
    queueNumber: bigint("queue_number", { mode: "number" }).notNull().generatedAlwaysAsIdentity(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => openAccessSessions.id),
    /** What the family quotes on the phone; reveals nothing on its own (the link token does). */
    reference: text("reference").notNull().unique(),
    /** Made by the booking form once per attempt, so a double submit is one booking. */
    idempotencyKey: uuid("idempotency_key").notNull().unique(),
    familyId: uuid("family_id")
      .notNull()
      .references(() => families.id),
    carerName: text("carer_name").notNull(),
    /** UK national format, e.g. 07700900123. */
    mobile: text("mobile"),
    email: text("email"),
    preferredChannel: bookingChannel("preferred_channel").notNull(),
    postcode: text("postcode").notNull(),
    /** Consent to be contacted about other sessions and support; booking messages are sent regardless. */
    consentToContact: boolean("consent_to_contact").notNull(),
    places: integer("places").notNull(),
    status: bookingStatus("status").notNull(),
    bookedAt: timestamp("booked_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    cancelledBy: bookingCancelledBy("cancelled_by"),
    ...lifecycleDates,
  },
  (t) => [
    index("bookings_session_status_queue_idx").on(t.sessionId, t.status, t.queueNumber),
    index("bookings_family_idx").on(t.familyId),
    index("bookings_mobile_idx")
      .on(t.mobile)
      .where(sql`${t.mobile} is not null`),
    index("bookings_email_idx")
      .on(sql`lower(${t.email})`)
      .where(sql`${t.email} is not null`),
    check("bookings_places_positive", sql`${t.places} > 0`),
    check("bookings_has_contact", sql`${t.mobile} is not null or ${t.email} is not null`),
  ],
);

/** The children a booking is for, each a person in the single child index. */
export const bookingChildren = pgTable(
  "booking_children",
  {
    bookingId: uuid("booking_id")
      .notNull()
      .references(() => bookings.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    /** Told us the young person has SEND, which extends the age band of youth sessions. */
    send: boolean("send").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.bookingId, t.personId] }), index("booking_children_person_idx").on(t.personId)],
);

/**
 * Links that let a family manage a booking. Only the SHA-256 of the 256-bit token is kept. A booking
 * can have several (the one shown after booking, one in each message), so a message sender never
 * needs a token stored in plain text: it issues its own.
 */
export const bookingManageTokens = pgTable(
  "booking_manage_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    bookingId: uuid("booking_id")
      .notNull()
      .references(() => bookings.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("booking_manage_tokens_booking_idx").on(t.bookingId)],
);

export const attendanceStatus = pgEnum("attendance_status", ["attended", "did_not_attend"]);

/** The register: one row per child per session, from a booking or a walk-in registered on the spot. */
export const sessionAttendances = pgTable(
  "session_attendances",
  {
    id: id(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => openAccessSessions.id),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    bookingId: uuid("booking_id").references(() => bookings.id),
    familyId: uuid("family_id").references(() => families.id),
    status: attendanceStatus("status").notNull(),
    walkIn: boolean("walk_in").notNull().default(false),
    recordedBy: uuid("recorded_by").references(() => staffUsers.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("session_attendances_session_person_key").on(t.sessionId, t.personId),
    index("session_attendances_person_idx").on(t.personId),
    // Deleting or cancelling a booking, and removing a family, check the register for rows that
    // point at them: without these each such check reads the whole register.
    index("session_attendances_booking_idx").on(t.bookingId),
    index("session_attendances_family_idx").on(t.familyId),
  ],
);

export const bookingsRelations = relations(bookings, ({ one, many }) => ({
  session: one(openAccessSessions, { fields: [bookings.sessionId], references: [openAccessSessions.id] }),
  family: one(families, { fields: [bookings.familyId], references: [families.id] }),
  children: many(bookingChildren),
}));
export const bookingChildrenRelations = relations(bookingChildren, ({ one }) => ({
  booking: one(bookings, { fields: [bookingChildren.bookingId], references: [bookings.id] }),
  person: one(people, { fields: [bookingChildren.personId], references: [people.id] }),
}));
