import { relations, sql } from "drizzle-orm";
import { boolean, check, date, index, pgTable, smallint, text, uuid } from "drizzle-orm/pg-core";
import { id, lifecycleDates } from "./lifecycle";
import { people } from "./people";
import { staffUsers } from "./staff";

/**
 * A child's statutory episode, as the CIN census sees it: the referral starts it, everything else
 * belongs to it, and a closure ends it. Codes are the DfE's, checked by the domain's schemas
 * before every write; the simple date rules are enforced here as well.
 */
export const cinReferrals = pgTable(
  "cin_referrals",
  {
    id: id(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    referralDate: date("referral_date", { mode: "string" }).notNull(),
    referralSource: text("referral_source").notNull(),
    primaryNeed: text("primary_need"),
    referralNfa: boolean("referral_nfa").notNull(),
    createdBy: uuid("created_by").references(() => staffUsers.id),
    ...lifecycleDates,
  },
  (t) => [
    check("cin_referrals_primary_need_check", sql`${t.referralNfa} or ${t.primaryNeed} is not null`),
    index("cin_referrals_person_idx").on(t.personId, t.referralDate),
  ],
);

const referralId = () =>
  uuid("referral_id")
    .notNull()
    .references(() => cinReferrals.id, { onDelete: "cascade" });

export const cinAssessments = pgTable(
  "cin_assessments",
  {
    id: id(),
    referralId: referralId(),
    startDate: date("start_date", { mode: "string" }).notNull(),
    authorisationDate: date("authorisation_date", { mode: "string" }),
    factors: text("factors").array().notNull().default([]),
    ...lifecycleDates,
  },
  (t) => [
    check("cin_assessments_dates_check", sql`${t.authorisationDate} is null or ${t.authorisationDate} >= ${t.startDate}`),
    index("cin_assessments_referral_idx").on(t.referralId),
  ],
);

export const cinPlans = pgTable(
  "cin_plans",
  {
    id: id(),
    referralId: referralId(),
    startDate: date("start_date", { mode: "string" }).notNull(),
    endDate: date("end_date", { mode: "string" }),
    ...lifecycleDates,
  },
  (t) => [
    check("cin_plans_dates_check", sql`${t.endDate} is null or ${t.endDate} > ${t.startDate}`),
    index("cin_plans_referral_idx").on(t.referralId),
  ],
);

export const section47Enquiries = pgTable(
  "section47_enquiries",
  {
    id: id(),
    referralId: referralId(),
    startDate: date("start_date", { mode: "string" }).notNull(),
    icpcTargetDate: date("icpc_target_date", { mode: "string" }),
    dateOfInitialCpc: date("date_of_initial_cpc", { mode: "string" }),
    icpcNotRequired: boolean("icpc_not_required").notNull().default(false),
    ...lifecycleDates,
  },
  (t) => [
    check("section47_enquiries_dates_check", sql`${t.dateOfInitialCpc} is null or ${t.dateOfInitialCpc} >= ${t.startDate}`),
    check("section47_enquiries_icpc_check", sql`not (${t.icpcNotRequired} and ${t.dateOfInitialCpc} is not null)`),
    index("section47_enquiries_referral_idx").on(t.referralId),
  ],
);

export const childProtectionPlans = pgTable(
  "child_protection_plans",
  {
    id: id(),
    referralId: referralId(),
    startDate: date("start_date", { mode: "string" }).notNull(),
    endDate: date("end_date", { mode: "string" }),
    initialCategory: text("initial_category").notNull(),
    latestCategory: text("latest_category").notNull(),
    numberOfPreviousCpp: smallint("number_of_previous_cpp").notNull(),
    reviewDates: date("review_dates", { mode: "string" }).array().notNull().default([]),
    ...lifecycleDates,
  },
  (t) => [
    check("child_protection_plans_dates_check", sql`${t.endDate} is null or ${t.endDate} > ${t.startDate}`),
    check("child_protection_plans_previous_check", sql`${t.numberOfPreviousCpp} >= 0`),
    index("child_protection_plans_referral_idx").on(t.referralId),
  ],
);

/** One closure per episode; the reason is required because the census rejects a closure without one. */
export const cinClosures = pgTable("cin_closures", {
  id: id(),
  referralId: referralId().unique(),
  closureDate: date("closure_date", { mode: "string" }).notNull(),
  reasonForClosure: text("reason_for_closure").notNull(),
  closedBy: uuid("closed_by").references(() => staffUsers.id),
  ...lifecycleDates,
});

/**
 * A period the child is looked after, with the legal status it began under. It belongs to the
 * child rather than to a CIN referral: the looked-after return counts it, not the CIN census.
 */
export const lookedAfterPeriods = pgTable(
  "looked_after_periods",
  {
    id: id(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    legalStatus: text("legal_status").notNull(),
    startDate: date("start_date", { mode: "string" }).notNull(),
    endDate: date("end_date", { mode: "string" }),
    recordedBy: uuid("recorded_by").references(() => staffUsers.id),
    ...lifecycleDates,
  },
  (t) => [
    check("looked_after_periods_dates_check", sql`${t.endDate} is null or ${t.endDate} >= ${t.startDate}`),
    index("looked_after_periods_person_idx").on(t.personId, t.startDate),
  ],
);

export const cinReferralsRelations = relations(cinReferrals, ({ many, one }) => ({
  person: one(people, { fields: [cinReferrals.personId], references: [people.id] }),
  assessments: many(cinAssessments),
  cinPlans: many(cinPlans),
  section47s: many(section47Enquiries),
  cpPlans: many(childProtectionPlans),
  closure: one(cinClosures),
}));
export const cinAssessmentsRelations = relations(cinAssessments, ({ one }) => ({
  referral: one(cinReferrals, { fields: [cinAssessments.referralId], references: [cinReferrals.id] }),
}));
export const cinPlansRelations = relations(cinPlans, ({ one }) => ({
  referral: one(cinReferrals, { fields: [cinPlans.referralId], references: [cinReferrals.id] }),
}));
export const section47EnquiriesRelations = relations(section47Enquiries, ({ one }) => ({
  referral: one(cinReferrals, { fields: [section47Enquiries.referralId], references: [cinReferrals.id] }),
}));
export const childProtectionPlansRelations = relations(childProtectionPlans, ({ one }) => ({
  referral: one(cinReferrals, { fields: [childProtectionPlans.referralId], references: [cinReferrals.id] }),
}));
export const cinClosuresRelations = relations(cinClosures, ({ one }) => ({
  referral: one(cinReferrals, { fields: [cinClosures.referralId], references: [cinReferrals.id] }),
}));
