import { chronologyEntryKinds } from "@hearth/domain";
import { relations, sql } from "drizzle-orm";
import { boolean, date, index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { id } from "./lifecycle";
import { families, people } from "./people";
import { staffUsers } from "./staff";

export const chronologyEntryKind = pgEnum("chronology_entry_kind", chronologyEntryKinds);

/**
 * What a practitioner adds to a family's chronology by hand. Everything a service records (a
 * booking, a register) is read from that service's own tables, so it is never copied here.
 * `person_id` names the child an entry is about; empty means the whole family.
 */
export const chronologyEntries = pgTable(
  "chronology_entries",
  {
    id: id(),
    familyId: uuid("family_id")
      .notNull()
      .references(() => families.id),
    personId: uuid("person_id").references(() => people.id),
    occurredOn: date("occurred_on", { mode: "string" }).notNull(),
    kind: chronologyEntryKind("kind").notNull(),
    summary: text("summary").notNull(),
    significant: boolean("significant").notNull().default(false),
    recordedBy: uuid("recorded_by")
      .notNull()
      .references(() => staffUsers.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
    /** Set when the entry was last corrected; what it said before is in chronology_entry_versions. */
    editedAt: timestamp("edited_at", { withTimezone: true }),
    editedBy: uuid("edited_by").references(() => staffUsers.id),
  },
  // The chronology is read newest first for one family, so the index is in that order.
  (t) => [index("chronology_entries_family_occurred_idx").on(t.familyId, sql`${t.occurredOn} desc`, sql`${t.id} desc`)],
);

/**
 * What a manual entry said before each correction, so the chronology never silently changes what
 * it told a reader. One row per replaced version, with who replaced it and when.
 */
export const chronologyEntryVersions = pgTable(
  "chronology_entry_versions",
  {
    id: id(),
    entryId: uuid("entry_id")
      .notNull()
      .references(() => chronologyEntries.id),
    personId: uuid("person_id").references(() => people.id),
    occurredOn: date("occurred_on", { mode: "string" }).notNull(),
    kind: chronologyEntryKind("kind").notNull(),
    summary: text("summary").notNull(),
    significant: boolean("significant").notNull(),
    /** Who wrote this version and when: the entry's author, or whoever corrected it last. */
    writtenBy: uuid("written_by")
      .notNull()
      .references(() => staffUsers.id),
    writtenAt: timestamp("written_at", { withTimezone: true }).notNull(),
    replacedBy: uuid("replaced_by")
      .notNull()
      .references(() => staffUsers.id),
    replacedAt: timestamp("replaced_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("chronology_entry_versions_entry_idx").on(t.entryId, t.replacedAt)],
);

export const chronologyEntriesRelations = relations(chronologyEntries, ({ one }) => ({
  family: one(families, { fields: [chronologyEntries.familyId], references: [families.id] }),
  person: one(people, { fields: [chronologyEntries.personId], references: [people.id] }),
}));
