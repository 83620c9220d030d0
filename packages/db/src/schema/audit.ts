import { bigint, index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { staffRole } from "./staff";

export const auditOutcome = pgEnum("audit_outcome", ["allowed", "denied"]);

/**
 * Append-only record of who read or changed which record, when and from where. A trigger in the
 * migrations refuses UPDATE, DELETE and TRUNCATE. `detail` never holds personal data, only ids,
 * field names and reasons.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorStaffId: uuid("actor_staff_id"),
    actorRole: staffRole("actor_role"),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: uuid("entity_id"),
    outcome: auditOutcome("outcome").notNull().default("allowed"),
    ip: text("ip"),
    userAgent: text("user_agent"),
    detail: jsonb("detail").$type<Record<string, unknown>>(),
  },
  (t) => [index("audit_events_entity_idx").on(t.entityType, t.entityId), index("audit_events_actor_idx").on(t.actorStaffId, t.at)],
);
