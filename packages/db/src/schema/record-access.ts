import { relations } from "drizzle-orm";
import { index, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { restrictionCategories } from "@hearth/domain";
import { id } from "./lifecycle";
import { people } from "./people";
import { staffUsers } from "./staff";

/**
 * Break-the-glass grants: a member of staff opened another area's record, giving a reason. Kept
 * after they expire, as the owning area's managers' list of who looked at their records and why.
 */
export const recordAccessGrants = pgTable(
  "record_access_grants",
  {
    id: id(),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staffUsers.id),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    reason: text("reason").notNull(),
    grantedAt: timestamp("granted_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("record_access_grants_person_idx").on(t.personId, t.staffId), index("record_access_grants_granted_at_idx").on(t.grantedAt)],
);

export const restrictionCategory = pgEnum("restriction_category", restrictionCategories);

/** A person whose record only named staff may open (adoption, a staff member's relative, …). */
export const personRestrictions = pgTable("person_restrictions", {
  personId: uuid("person_id")
    .primaryKey()
    .references(() => people.id),
  category: restrictionCategory("category").notNull(),
  note: text("note"),
  /** Who refused staff should contact, e.g. "Central LCSS manager": shown to everyone not named. */
  contact: text("contact").notNull(),
  restrictedBy: uuid("restricted_by")
    .notNull()
    .references(() => staffUsers.id),
  restrictedAt: timestamp("restricted_at", { withTimezone: true }).notNull().defaultNow(),
});

export const personRestrictionAllowedStaff = pgTable(
  "person_restriction_allowed_staff",
  {
    personId: uuid("person_id")
      .notNull()
      .references(() => personRestrictions.personId, { onDelete: "cascade" }),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staffUsers.id),
  },
  (t) => [primaryKey({ columns: [t.personId, t.staffId] })],
);

export const personRestrictionsRelations = relations(personRestrictions, ({ many }) => ({ allowedStaff: many(personRestrictionAllowedStaff) }));
export const personRestrictionAllowedStaffRelations = relations(personRestrictionAllowedStaff, ({ one }) => ({
  restriction: one(personRestrictions, { fields: [personRestrictionAllowedStaff.personId], references: [personRestrictions.personId] }),
}));

/**
 * Opaque handles for people shown as "known in another area" in one member of staff's search
 * results (issue 10 §2): the result carries the handle, never the person's id, so the break-the-glass
 * page can name the record without the id or personal data in a URL. Only the SHA-256 of a handle
 * is kept; a handle opens nothing by itself, works only for the staff member it was made for, and
 * only until it expires.
 */
export const personHandles = pgTable(
  "person_handles",
  {
    handleHash: text("handle_hash").primaryKey(),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staffUsers.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("person_handles_staff_expires_idx").on(t.staffId, t.expiresAt), index("person_handles_person_idx").on(t.personId)],
);
