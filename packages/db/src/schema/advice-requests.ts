import { sql } from "drizzle-orm";
import { boolean, check, index, pgTable, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { areas, localities } from "./areas";
import { consultations } from "./consultations";
import { id, lifecycleDates } from "./lifecycle";

/**
 * A request for advice made online by a professional without an account (issue 11 §2). It waits
 * here, out of every queue, until the professional opens the one-time link sent to their work
 * email; then it becomes a consultation awaiting a call back and `consultation_id` is set.
 *
 * Only the link's SHA-256 hash is kept, and it is cleared when the link is used, so a copy of the
 * database cannot confirm a request.  The child's details never leave the council: no email repeats them.
 */
export const adviceRequests = pgTable(
  "advice_requests",
  {
    id: id(),
    status: text("status").notNull().default("awaiting_email_confirmation"),
    professionalName: text("professional_name").notNull(),
    professionalRole: text("professional_role").notNull(),
    organisation: text("organisation").notNull(),
    email: text("email").notNull(),
    childKind: text("child_kind").notNull(),
    childName: text("child_name"),
    consentGiven: boolean("consent_given").notNull().default(false),
    childAge: smallint("child_age").notNull(),
    childSetting: text("child_setting"),
    localityId: uuid("locality_id")
      .notNull()
      .references(() => localities.id),
    areaId: uuid("area_id")
      .notNull()
      .references(() => areas.id),
    concern: text("concern").notNull(),
    tried: text("tried").notNull(),
    tokenHash: text("token_hash").unique(),
    tokenExpiresAt: timestamp("token_expires_at", { withTimezone: true }),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    consultationId: uuid("consultation_id")
      .unique()
      .references(() => consultations.id),
    ...lifecycleDates,
  },
  (t) => [
    check("advice_requests_status_check", sql`${t.status} in ('awaiting_email_confirmation', 'confirmed')`),
    check("advice_requests_child_kind_check", sql`${t.childKind} in ('named', 'no_names')`),
    check("advice_requests_named_check", sql`${t.childKind} <> 'named' or (${t.childName} is not null and ${t.consentGiven})`),
    check("advice_requests_confirmed_check", sql`(${t.status} = 'confirmed') = (${t.consultationId} is not null)`),
    // Unconfirmed requests, oldest first, for a purge by age.
    index("advice_requests_unconfirmed_idx")
      .on(t.createdAt)
      .where(sql`${t.status} = 'awaiting_email_confirmation'`),
  ],
);
