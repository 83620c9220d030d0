import { and, eq, gt, isNull, lt } from "drizzle-orm";
import type { Db } from "../client";
import { adviceRequests, consultations, localities } from "../schema";

export type AdviceRequestRow = typeof adviceRequests.$inferSelect;
export type NewAdviceRequest = typeof adviceRequests.$inferInsert;

/** The locality's area, so the request and its consultation land in the right queue; null for an unknown locality. */
export async function localityForAdvice(db: Db, localityId: string) {
  const [row] = await db.select({ id: localities.id, areaId: localities.areaId }).from(localities).where(eq(localities.id, localityId));
  return row ?? null;
}

export async function insertAdviceRequest(db: Db, values: NewAdviceRequest): Promise<AdviceRequestRow> {
  const [row] = await db.insert(adviceRequests).values(values).returning();
  return row!;
}

/** What the worker needs to email the professional: their address and the request's state, never the child. */
export async function adviceRequestForEmail(db: Db, adviceRequestId: string) {
  const [row] = await db
    .select({
      id: adviceRequests.id,
      email: adviceRequests.email,
      status: adviceRequests.status,
      consultationNumber: consultations.number,
      consultationId: adviceRequests.consultationId,
    })
    .from(adviceRequests)
    .leftJoin(consultations, eq(consultations.id, adviceRequests.consultationId))
    .where(eq(adviceRequests.id, adviceRequestId));
  return row ?? null;
}

/**
 * Stores a new link's hash for a request still awaiting confirmation; the previous link stops
 * working. Null once the request has been confirmed (nothing to send).
 */
export async function issueAdviceLink(db: Db, params: { adviceRequestId: string; tokenHash: string; expiresAt: Date }) {
  const [row] = await db
    .update(adviceRequests)
    .set({ tokenHash: params.tokenHash, tokenExpiresAt: params.expiresAt })
    .where(and(eq(adviceRequests.id, params.adviceRequestId), eq(adviceRequests.status, "awaiting_email_confirmation")))
    .returning({ id: adviceRequests.id });
  return row ?? null;
}

/**
 * Uses a confirmation link: one statement finds the unexpired hash and clears it, so a link works
 * once however many tabs open it at the same moment. Null for an unknown, used or expired link.
 */
export async function takeAdviceLink(db: Db, params: { tokenHash: string; now: Date }): Promise<AdviceRequestRow | null> {
  const [row] = await db
    .update(adviceRequests)
    .set({ tokenHash: null, tokenExpiresAt: null, confirmedAt: params.now })
    .where(
      and(
        eq(adviceRequests.tokenHash, params.tokenHash),
        gt(adviceRequests.tokenExpiresAt, params.now),
        eq(adviceRequests.status, "awaiting_email_confirmation"),
      ),
    )
    .returning();
  return row ?? null;
}

/** Puts a confirmed request in its locality's queue as a consultation awaiting a call back. */
export async function queueAdviceRequest(db: Db, request: AdviceRequestRow, receivedAt: Date) {
  const [consultation] = await db
    .insert(consultations)
    .values({
      areaId: request.areaId,
      localityId: request.localityId,
      receivedAt,
      takenBy: null,
      source: "online",
      immediateRisk: false,
      callerName: request.professionalName,
      callerRole: request.professionalRole,
      organisationOther: request.organisation,
      callerEmail: request.email,
      // Not "named" until a worker finds the family on the index: the name given is kept on the request.
      familyKind: "no_names",
      consentGivenBy: request.childKind === "named" ? "Family agreed, as told by the professional online" : null,
      childAge: request.childAge,
      childSetting: request.childSetting,
      concern: [
        request.concern,
        `What has been tried: ${request.tried}`,
        ...(request.childName ? [`Child named online: ${request.childName}`] : []),
      ].join("\n\n"),
      outcome: null,
      status: "awaiting_call_back",
    })
    .returning({ id: consultations.id, number: consultations.number });
  await db.update(adviceRequests).set({ status: "confirmed", consultationId: consultation!.id }).where(eq(adviceRequests.id, request.id));
  return consultation!;
}

/**
 * A worker picks up an online request: it becomes theirs and open. Null when it is not an online
 * request awaiting a call back (already picked up, or a phone call).
 */
export async function claimOnlineConsultation(db: Db, params: { consultationId: string; staffId: string }) {
  const [row] = await db
    .update(consultations)
    .set({ takenBy: params.staffId, status: "open" })
    .where(
      and(
        eq(consultations.id, params.consultationId),
        eq(consultations.source, "online"),
        eq(consultations.status, "awaiting_call_back"),
        isNull(consultations.takenBy),
      ),
    )
    .returning({ id: consultations.id, number: consultations.number, areaId: consultations.areaId });
  if (!row) return null;
  const [request] = await db.select({ id: adviceRequests.id }).from(adviceRequests).where(eq(adviceRequests.consultationId, row.id));
  return { ...row, adviceRequestId: request?.id ?? null };
}

/** The area of a consultation, for the scope check before a claim. */
export async function consultationArea(db: Db, consultationId: string) {
  const [row] = await db
    .select({ areaId: consultations.areaId, source: consultations.source, status: consultations.status })
    .from(consultations)
    .where(eq(consultations.id, consultationId));
  return row ?? null;
}

/**
 * Removes requests whose email was never confirmed, made before `before`: they are in no queue,
 * nobody will act on them, and they hold a child's details. Confirmed requests stay with their
 * consultation. Returns how many went.
 */
export async function purgeUnconfirmedAdviceRequests(db: Db, before: Date): Promise<number> {
  const removed = await db
    .delete(adviceRequests)
    .where(and(eq(adviceRequests.status, "awaiting_email_confirmation"), lt(adviceRequests.createdAt, before)))
    .returning({ id: adviceRequests.id });
  return removed.length;
}
