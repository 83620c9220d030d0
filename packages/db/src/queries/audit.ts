import type { Db } from "../client";
import { auditEvents } from "../schema";

export type AuditEvent = typeof auditEvents.$inferInsert;

/** Append one audit event. Call it with the same transaction as the read or change it records. */
export async function recordAudit(db: Db, event: AuditEvent): Promise<void> {
  await db.insert(auditEvents).values(event);
}
