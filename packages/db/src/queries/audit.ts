import type { Db } from "../client";
import { auditEvents } from "../schema";

export type AuditEvent = typeof auditEvents.$inferInsert;

/** Append one audit event. Call it with the same transaction as the read or change it records. */
export async function recordAudit(db: Db, event: AuditEvent): Promise<void> {
  await db.insert(auditEvents).values(event);
}

/**
 * Append many audit events in one statement: a search or a family record reads a person for every
 * row it shows, and one INSERT per row would be most of the request's time.
 */
export async function recordAudits(db: Db, events: AuditEvent[]): Promise<void> {
  if (events.length) await db.insert(auditEvents).values(events);
}
