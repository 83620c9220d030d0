import { and, asc, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { familyMessageOutbox } from "../schema";

export type FamilyMessageKind = (typeof familyMessageOutbox.$inferInsert)["kind"];
export interface FamilyMessage {
  kind: FamilyMessageKind;
  bookingId: string;
  sessionId: string;
}

/**
 * Queues messages to families in the caller's transaction: they exist exactly when the change they
 * describe commits. Issue 5's worker sends them (GOV.UK Notify, SMTP or the staff-readable outbox).
 */
export async function queueFamilyMessages(db: Db, messages: FamilyMessage[]): Promise<void> {
  if (messages.length) await db.insert(familyMessageOutbox).values(messages);
}

/** Messages not yet handed to a transport, oldest first. */
export function pendingFamilyMessages(db: Db, limit = 100) {
  return db
    .select()
    .from(familyMessageOutbox)
    .where(and(isNull(familyMessageOutbox.dispatchedAt)))
    .orderBy(asc(familyMessageOutbox.id))
    .limit(limit);
}
