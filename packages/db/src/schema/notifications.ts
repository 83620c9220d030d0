import { sql } from "drizzle-orm";
import { bigint, check, index, pgEnum, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { bookings } from "./bookings";
import { openAccessSessions } from "./open-access-sessions";
import { programmeReferrals } from "./programme-runs";

export const familyMessageKind = pgEnum("family_message_kind", [
  "booking_confirmed",
  "booking_waitlisted",
  "waitlist_place_offered",
  "booking_cancelled",
  "session_cancelled",
  "session_changed",
  "programme_place_offered",
  "programme_enrolled",
]);

/**
 * Transactional outbox: a row is written in the same transaction as the booking change it tells a
 * family about, so a message can be neither lost nor sent for a change that rolled back. It holds
 * ids only — no names, numbers or link tokens; the sender (issue 5) reads the booking, issues its
 * own manage link and records delivery, then sets `dispatched_at`.
 */
export const familyMessageOutbox = pgTable(
  "family_message_outbox",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    kind: familyMessageKind("kind").notNull(),
    bookingId: uuid("booking_id").references(() => bookings.id),
    sessionId: uuid("session_id").references(() => openAccessSessions.id),
    /** A programme message is about a referral (a place offered, an enrolment) instead of a booking. */
    referralId: uuid("referral_id").references(() => programmeReferrals.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    dispatchedAt: timestamp("dispatched_at", { withTimezone: true }),
  },
  (t) => [
    check(
      "family_message_outbox_subject_check",
      sql`(${t.bookingId} is not null and ${t.sessionId} is not null and ${t.referralId} is null) or (${t.bookingId} is null and ${t.sessionId} is null and ${t.referralId} is not null)`,
    ),
    index("family_message_outbox_pending_idx")
      .on(t.id)
      .where(sql`${t.dispatchedAt} is null`),
  ],
);
