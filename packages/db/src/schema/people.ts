import { relations, sql } from "drizzle-orm";
import { boolean, check, date, index, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { familyRoles, otherNameKinds } from "@hearth/domain";
import { areas } from "./areas";
import { id, lifecycleDates } from "./lifecycle";
import { staffUsers } from "./staff";

export const recordSource = pgEnum("record_source", ["staff", "self_registered"]);
export const familyRole = pgEnum("family_role", familyRoles);

/** One record per child or adult, shared by every service: the single child index. */
export const people = pgTable(
  "people",
  {
    id: id(),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    dateOfBirth: date("date_of_birth", { mode: "string" }).notNull(),
    nhsNumber: text("nhs_number"),
    upn: text("upn"),
    postcode: text("postcode"),
    /**
     * The owning area, which decides whose staff may see the record: the postcode's area when it is
     * in the county, otherwise the area chosen or the creator's (ADR 8). Never null.
     */
    areaId: uuid("area_id")
      .notNull()
      .references(() => areas.id),
    source: recordSource("source").notNull().default("staff"),
    createdBy: uuid("created_by").references(() => staffUsers.id),
    // Fuller details (the domain's personDetailsCreateSchema); all nullable so older rows and
    // existing writers stay valid. date_of_birth stays NOT NULL for now, so an unborn child's
    // expected date is held in its own column (the domain wants one or the other, never both).
    expectedDateOfBirth: date("expected_date_of_birth", { mode: "string" }),
    /** Census sex code: F, M or U. */
    sex: text("sex"),
    /** Census ethnicity code (WBRI, MWBC, …). */
    ethnicity: text("ethnicity"),
    /** Census disability codes (NONE alone, or one or more of the others). */
    disabilities: text("disabilities").array(),
    /** Census: the child's previous UPN, the reason a UPN is not known (UN1–UN10), and date of death. */
    formerUpn: text("former_upn"),
    upnUnknownReason: text("upn_unknown_reason"),
    dateOfDeath: date("date_of_death", { mode: "string" }),
    /**
     * The LA child ID the CIN census sends (issue 12 §3): set by the database when the child's first
     * referral is written, then never changed or reused; a merge leaves each record its own.
     */
    laChildId: text("la_child_id"),
    hasSend: boolean("has_send"),
    hasEhcPlan: boolean("has_ehc_plan"),
    isCareLeaver: boolean("is_care_leaver"),
    /**
     * Set when this record was a duplicate merged into another (issue 10 §2): everything linked to
     * it moved there, and reading this id leads to the kept record. The row stays so old links and
     * the audit trail still resolve.
     */
    mergedIntoId: uuid("merged_into_id").references((): AnyPgColumn => people.id),
    mergedAt: timestamp("merged_at", { withTimezone: true }),
    mergedBy: uuid("merged_by").references(() => staffUsers.id),
    ...lifecycleDates,
  },
  (t) => [
    check("people_not_merged_into_self_check", sql`${t.mergedIntoId} is null or ${t.mergedIntoId} <> ${t.id}`),
    check("people_merged_when_check", sql`(${t.mergedIntoId} is null) = (${t.mergedAt} is null)`),
    index("people_merged_into_idx")
      .on(t.mergedIntoId)
      .where(sql`${t.mergedIntoId} is not null`),
    // CIN census rules 1570 and 1580: at most 20 characters, letters and digits only.
    check("people_la_child_id_check", sql`${t.laChildId} ~ '^[A-Za-z0-9]{1,20}$'`),
    uniqueIndex("people_la_child_id_key")
      .on(t.laChildId)
      .where(sql`${t.laChildId} is not null`),
    check("people_sex_check", sql`${t.sex} in ('F', 'M', 'U')`),
    check("people_ehc_plan_needs_send_check", sql`not coalesce(${t.hasEhcPlan}, false) or coalesce(${t.hasSend}, false)`),
    uniqueIndex("people_nhs_number_key")
      .on(t.nhsNumber)
      .where(sql`${t.nhsNumber} is not null`),
    uniqueIndex("people_upn_key")
      .on(t.upn)
      .where(sql`${t.upn} is not null`),
    index("people_last_name_dob_idx").on(sql`lower(${t.lastName})`, t.dateOfBirth),
    index("people_postcode_idx").on(t.postcode),
    // Online bookings link to an existing child by first name and date of birth (then postcode).
    index("people_dob_first_name_idx").on(t.dateOfBirth, sql`lower(${t.firstName})`),
    // Person search (issue 10): names matched in the name dictionary (nameWords) are looked up
    // here, each index read in the order results are ranked so a lookup stops at its first rows;
    // the district index answers "OX16".
    index("people_surname_first_name_idx").on(sql`lower(${t.lastName})`, sql`lower(${t.firstName})`, t.dateOfBirth, t.id),
    index("people_first_name_surname_idx").on(sql`lower(${t.firstName})`, sql`lower(${t.lastName})`, t.dateOfBirth, t.id),
    index("people_postcode_district_idx").on(sql`split_part(${t.postcode}, ' ', 1)`),
  ],
);

/**
 * Every distinct first name, surname and word of a family name, lower case, with its double
 * metaphone: the dictionary person search matches typed words against (name-matching.ts), small
 * where people are many. Kept by statement triggers on people and families (migration 0021), so
 * no writer can forget it; a name no longer used stays, matching nobody.
 */
export const nameWords = pgTable(
  "name_words",
  {
    word: text("word").primaryKey(),
    sound: text("sound").notNull(),
  },
  (t) => [index("name_words_trgm_idx").using("gin", sql`${t.word} gin_trgm_ops`), index("name_words_sound_idx").on(t.sound)],
);

export const otherNameKind = pgEnum("other_name_kind", otherNameKinds);

/** Names a person is known by or was known by before (a chosen name, a maiden name), so search finds them too. */
export const personOtherNames = pgTable(
  "person_other_names",
  {
    id: id(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    kind: otherNameKind("kind").notNull(),
    /** The whole name as written, first name first ("Jay Smith"). */
    name: text("name").notNull(),
    ...lifecycleDates,
  },
  (t) => [
    index("person_other_names_person_idx").on(t.personId),
    index("person_other_names_name_trgm_idx").using("gin", sql`lower(${t.name}) gin_trgm_ops`),
  ],
);

export const families = pgTable(
  "families",
  {
    id: id(),
    name: text("name").notNull(),
    postcode: text("postcode"),
    /** The owning area, chosen like a person's (ADR 8). Never null. */
    areaId: uuid("area_id")
      .notNull()
      .references(() => areas.id),
    source: recordSource("source").notNull().default("staff"),
    createdBy: uuid("created_by").references(() => staffUsers.id),
    /** The practitioner the family knows as theirs, shown on the record's identity bar; none yet is null. */
    keyWorkerId: uuid("key_worker_id").references(() => staffUsers.id),
    ...lifecycleDates,
  },
  (t) => [
    // Family search matches the name's first word ("Cox" of "Cox family") through the name
    // dictionary, reading families in name order.
    index("families_name_first_word_idx").on(sql`split_part(lower(${t.name}), ' ', 1)`, t.name, t.id),
    index("families_postcode_district_idx").on(sql`split_part(${t.postcode}, ' ', 1)`),
    index("families_postcode_idx").on(t.postcode),
  ],
);

export const familyMembers = pgTable(
  "family_members",
  {
    familyId: uuid("family_id")
      .notNull()
      .references(() => families.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    role: familyRole("role").notNull(),
  },
  (t) => [primaryKey({ columns: [t.familyId, t.personId] }), index("family_members_person_idx").on(t.personId)],
);

export const peopleRelations = relations(people, ({ many, one }) => ({
  memberships: many(familyMembers),
  otherNames: many(personOtherNames),
  area: one(areas, { fields: [people.areaId], references: [areas.id] }),
}));
export const familiesRelations = relations(families, ({ many }) => ({ members: many(familyMembers) }));
export const familyMembersRelations = relations(familyMembers, ({ one }) => ({
  family: one(families, { fields: [familyMembers.familyId], references: [families.id] }),
  person: one(people, { fields: [familyMembers.personId], references: [people.id] }),
}));
export const personOtherNamesRelations = relations(personOtherNames, ({ one }) => ({
  person: one(people, { fields: [personOtherNames.personId], references: [people.id] }),
}));
