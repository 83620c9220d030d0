import { sql } from "drizzle-orm";
import { check, index, pgEnum, pgTable, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { familyMatchReasons, familyMatchStatuses } from "@hearth/domain";
import { id, lifecycleDates } from "./lifecycle";
import { families } from "./people";
import { staffUsers } from "./staff";

export const familyMatchReason = pgEnum("family_match_reason", familyMatchReasons);
export const familyMatchStatus = pgEnum("family_match_status", familyMatchStatuses);

/**
 * A booking's family that may be a family already known, because the carer gave the same mobile or
 * email: never linked on that alone, but left here for centre staff to confirm or reject.
 */
export const possibleFamilyMatches = pgTable(
  "possible_family_matches",
  {
    id: id(),
    /** The family the booking made (kept, emptied, once a match is confirmed). */
    familyId: uuid("family_id")
      .notNull()
      .references(() => families.id),
    existingFamilyId: uuid("existing_family_id")
      .notNull()
      .references(() => families.id),
    reason: familyMatchReason("reason").notNull(),
    status: familyMatchStatus("status").notNull().default("open"),
    decidedBy: uuid("decided_by").references(() => staffUsers.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    ...lifecycleDates,
  },
  (t) => [
    uniqueIndex("possible_family_matches_pair_key").on(t.familyId, t.existingFamilyId),
    index("possible_family_matches_open_idx")
      .on(t.createdAt)
      .where(sql`${t.status} = 'open'`),
    index("possible_family_matches_existing_idx").on(t.existingFamilyId),
    check("possible_family_matches_not_self_check", sql`${t.familyId} <> ${t.existingFamilyId}`),
    check("possible_family_matches_decided_check", sql`(${t.status} = 'open') = (${t.decidedAt} is null)`),
  ],
);
