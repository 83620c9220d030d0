import { sql } from "drizzle-orm";
import { bigint, index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { bookingChannel, bookings } from "./bookings";
import { families } from "./people";
import { programmeReferrals } from "./programme-runs";

export const deliveryStatus = pgEnum("delivery_status", [
  /** Claimed by a worker that is about to hand it to the transport (or died doing so). */
  "sending",
  /** The transport refused it for a reason worth retrying; it was certainly not sent. */
  "retrying",
  "sent",
  "delivered",
  "permanent_failure",
  "temporary_failure",
  "technical_failure",
  /** Not sent because it no longer applied (e.g. the booking was cancelled before its reminder). */
  "suppressed",
  /** No usable mobile or email: the booking stands, staff see "could not contact". */
  "no_contact",
]);

/**
 * The delivery ledger: one row per message, keyed by what the message is about. The unique key is
 * claimed before anything is sent, so however often BullMQ runs a job, a message goes out once.
 * `id` doubles as the reference given to Notify: it is ours and holds no personal data.
 */
export const notificationDeliveries = pgTable(
  "notification_deliveries",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    idempotencyKey: text("idempotency_key").notNull().unique(),
    kind: text("kind").notNull(),
    bookingId: uuid("booking_id").references(() => bookings.id),
    /** A programme message's referral (a place offered, an enrolment, a session reminder). */
    referralId: uuid("referral_id").references(() => programmeReferrals.id),
    channel: bookingChannel("channel"),
    transport: text("transport").notNull(),
    status: deliveryStatus("status").notNull(),
    providerId: text("provider_id"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    claimedAt: timestamp("claimed_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    statusAt: timestamp("status_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("notification_deliveries_booking_idx").on(t.bookingId),
    index("notification_deliveries_failed_idx")
      .on(t.statusAt)
      .where(sql`${t.status} in ('permanent_failure', 'technical_failure', 'temporary_failure', 'no_contact')`),
    // Notify's delivery-status callbacks find the row by Notify's own id.
    index("notification_deliveries_provider_idx").on(t.providerId),
  ],
);

/**
 * The outbox transport: where messages go when neither GOV.UK Notify nor SMTP is configured, so
 * nothing is silently dropped on a development machine. Centre staff read it in their admin page.
 */
export const outboxMessages = pgTable("outbox_messages", {
  id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  deliveryId: bigint("delivery_id", { mode: "number" })
    .notNull()
    .unique()
    .references(() => notificationDeliveries.id),
  channel: bookingChannel("channel").notNull(),
  recipient: text("recipient").notNull(),
  subject: text("subject").notNull(),
  body: text("body").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A contact detail that a transport said can never work (invalid number or address), for staff to fix. */
export const familyContactProblems = pgTable("family_contact_problems", {
  id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  familyId: uuid("family_id")
    .notNull()
    .references(() => families.id),
  bookingId: uuid("booking_id").references(() => bookings.id),
  channel: bookingChannel("channel").notNull(),
  reason: text("reason").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  resolvedAt: timestamp("resolved_at", { withTimezone: true }),
});
