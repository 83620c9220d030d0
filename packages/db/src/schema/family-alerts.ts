import { relations } from "drizzle-orm";
import { date, index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { familyAlertKinds } from "@hearth/domain";
import { id, lifecycleDates } from "./lifecycle";
import { families } from "./people";
import { staffUsers } from "./staff";

export const familyAlertKind = pgEnum("family_alert_kind", familyAlertKinds);

/**
 * Warnings shown to every member of staff who opens a family ("Risk to staff: do not visit
 * alone"). Never deleted: ending one sets when and why, so what staff were told when stays.
 */
export const familyAlerts = pgTable(
  "family_alerts",
  {
    id: id(),
    familyId: uuid("family_id")
      .notNull()
      .references(() => families.id, { onDelete: "cascade" }),
    kind: familyAlertKind("kind").notNull(),
    text: text("text").notNull(),
    addedBy: uuid("added_by").references(() => staffUsers.id),
    reviewBy: date("review_by", { mode: "string" }).notNull(),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    reviewedBy: uuid("reviewed_by").references(() => staffUsers.id),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    endedBy: uuid("ended_by").references(() => staffUsers.id),
    endReason: text("end_reason"),
    ...lifecycleDates,
  },
  (t) => [index("family_alerts_family_idx").on(t.familyId, t.endedAt)],
);

export const familyAlertsRelations = relations(familyAlerts, ({ one }) => ({
  family: one(families, { fields: [familyAlerts.familyId], references: [families.id] }),
}));
