import { sql } from "drizzle-orm";
import { boolean, check, date, index, jsonb, pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { consentGivenByKinds, consentPurposes, contactChannels } from "@hearth/domain";
import { id, lifecycleDates } from "./lifecycle";
import { people } from "./people";
import { staffUsers } from "./staff";

export const contactChannel = pgEnum("contact_channel", contactChannels);
export const consentPurpose = pgEnum("consent_purpose", consentPurposes);
export const consentGivenBy = pgEnum("consent_given_by", consentGivenByKinds);
export const consentMethod = pgEnum("consent_method", ["written", "verbal", "online"]);

export interface ContactAddress {
  line1: string;
  line2?: string;
  town: string;
  postcode: string;
}

/** One set of contact details per person (the domain's contactDetailsSchema). */
export const contactDetails = pgTable(
  "contact_details",
  {
    personId: uuid("person_id")
      .primaryKey()
      .references(() => people.id),
    mobilePhone: text("mobile_phone"),
    otherPhone: text("other_phone"),
    email: text("email"),
    address: jsonb("address").$type<ContactAddress>(),
    preferredChannel: contactChannel("preferred_channel").notNull(),
    consentToContact: boolean("consent_to_contact").notNull(),
    consentRecordedOn: date("consent_recorded_on", { mode: "string" }),
    safeToLeaveMessage: boolean("safe_to_leave_message").notNull().default(false),
    ...lifecycleDates,
  },
  (t) => [
    // Person search by first line of address (issue 10).
    index("contact_details_line1_trgm_idx").using("gin", sql`lower(${t.address}->>'line1') gin_trgm_ops`),
    check("contact_details_consent_date_check", sql`not ${t.consentToContact} or ${t.consentRecordedOn} is not null`),
    check(
      "contact_details_channel_check",
      sql`(${t.preferredChannel} <> 'sms' or ${t.mobilePhone} is not null)
        and (${t.preferredChannel} <> 'phone' or coalesce(${t.mobilePhone}, ${t.otherPhone}) is not null)
        and (${t.preferredChannel} <> 'email' or ${t.email} is not null)
        and (${t.preferredChannel} <> 'letter' or ${t.address} is not null)`,
    ),
  ],
);

/**
 * Who consented to what and when (the domain's consentRecordCreateSchema). Never deleted:
 * withdrawal sets a date and a reason so the history of what was allowed when stays.
 */
export const consentRecords = pgTable(
  "consent_records",
  {
    id: id(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    givenByPersonId: uuid("given_by_person_id")
      .notNull()
      .references(() => people.id),
    givenBy: consentGivenBy("given_by").notNull(),
    purpose: consentPurpose("purpose").notNull(),
    givenOn: date("given_on", { mode: "string" }).notNull(),
    method: consentMethod("method").notNull(),
    notes: text("notes"),
    withdrawnOn: date("withdrawn_on", { mode: "string" }),
    withdrawalReason: text("withdrawal_reason"),
    recordedBy: uuid("recorded_by").references(() => staffUsers.id),
    ...lifecycleDates,
  },
  (t) => [
    check("consent_records_withdrawn_after_given_check", sql`${t.withdrawnOn} is null or ${t.withdrawnOn} >= ${t.givenOn}`),
    check("consent_records_withdrawal_reason_check", sql`(${t.withdrawnOn} is null) = (${t.withdrawalReason} is null)`),
    index("consent_records_person_purpose_idx").on(t.personId, t.purpose),
  ],
);
