import { jsonb, pgTable, text, timestamp, uniqueIndex, uuid, index } from "drizzle-orm/pg-core";
import { id } from "./lifecycle";
import { staffUsers } from "./staff";

/**
 * What a member of staff has typed into a long form and not yet submitted, so a time-out or a
 * closed tab loses nothing (issue 10 §3). One draft per person per form. Drafts hold personal data:
 * only their owner reads them, they go when the form is submitted or discarded, and the nightly
 * purge removes any left for 30 days.
 */
export const formDrafts = pgTable(
  "form_drafts",
  {
    id: id(),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staffUsers.id, { onDelete: "cascade" }),
    /** Which form, e.g. `person.create` or `family.alert:<familyId>`. */
    formKey: text("form_key").notNull(),
    data: jsonb("data").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("form_drafts_staff_form_key_idx").on(t.staffId, t.formKey),
    // The nightly purge finds old drafts by age.
    index("form_drafts_updated_at_idx").on(t.updatedAt),
  ],
);
