import { and, asc, desc, eq, gte, inArray, isNull, lt, sql } from "drizzle-orm";
import type { PgSelect } from "drizzle-orm/pg-core";
import type { Db } from "../client";
import { bookings, centres, familyContactProblems, familyMessageOutbox, notificationDeliveries, openAccessSessions, outboxMessages } from "../schema";

export type Delivery = typeof notificationDeliveries.$inferSelect;
export type DeliveryStatus = Delivery["status"];

export type Claim =
  /** Nobody has sent it: go ahead. */
  | { action: "send"; delivery: Delivery }
  /** A worker claimed it and vanished: it may or may not have reached the transport. Ask the transport. */
  | { action: "reconcile"; delivery: Delivery }
  /** Another worker holds a fresh claim: try again later. */
  | { action: "busy" }
  /** Already settled (sent, failed for good, suppressed): nothing to do. */
  | { action: "done"; status: DeliveryStatus };

/**
 * Claims a message's idempotency key before anything is sent. One statement decides, under the
 * row lock, so two workers racing for the same key cannot both win: the loser sees a fresh claim.
 */
export async function claimDelivery(
  db: Db,
  /** No booking for a message to staff (the morning digest), which is about no family. */
  params: { key: string; kind: string; bookingId: string | null; referralId?: string | null; transport: string; now: Date; staleBefore: Date },
): Promise<Claim> {
  const [previous] = await db
    .select({ status: notificationDeliveries.status })
    .from(notificationDeliveries)
    .where(eq(notificationDeliveries.idempotencyKey, params.key));
  const [claimed] = await db
    .insert(notificationDeliveries)
    .values({
      idempotencyKey: params.key,
      kind: params.kind,
      bookingId: params.bookingId,
      referralId: params.referralId ?? null,
      transport: params.transport,
      status: "sending",
      attempts: 1,
      claimedAt: params.now,
      statusAt: params.now,
    })
    .onConflictDoUpdate({
      target: notificationDeliveries.idempotencyKey,
      set: { status: "sending", claimedAt: params.now, statusAt: params.now, attempts: sql`${notificationDeliveries.attempts} + 1` },
      setWhere: sql`${notificationDeliveries.status} = 'retrying'
        or (${notificationDeliveries.status} = 'sending' and ${notificationDeliveries.claimedAt} < ${params.staleBefore.toISOString()})`,
    })
    .returning();
  if (claimed) return { action: previous?.status === "sending" ? "reconcile" : "send", delivery: claimed };
  const [current] = await db
    .select({ status: notificationDeliveries.status })
    .from(notificationDeliveries)
    .where(eq(notificationDeliveries.idempotencyKey, params.key));
  return current?.status === "sending" ? { action: "busy" } : { action: "done", status: current!.status };
}

export async function settleDelivery(
  db: Db,
  deliveryId: number,
  outcome: { status: DeliveryStatus; now: Date; providerId?: string; error?: string; channel?: "sms" | "email" },
) {
  await db
    .update(notificationDeliveries)
    .set({
      status: outcome.status,
      statusAt: outcome.now,
      ...(outcome.providerId ? { providerId: outcome.providerId } : {}),
      ...(outcome.channel ? { channel: outcome.channel } : {}),
      ...(outcome.status === "sent" ? { sentAt: outcome.now } : {}),
      lastError: outcome.error ?? null,
    })
    .where(eq(notificationDeliveries.id, deliveryId));
}

/** Notify's delivery receipts, matched by Notify's id. Never moves a message backwards to "sent". */
export async function recordDeliveryReceipt(db: Db, params: { providerId: string; status: DeliveryStatus; at: Date }) {
  const rows = await db
    .update(notificationDeliveries)
    .set({ status: params.status, statusAt: params.at })
    .where(
      and(
        eq(notificationDeliveries.providerId, params.providerId),
        inArray(notificationDeliveries.status, ["sent", "delivered", "temporary_failure"]),
      ),
    )
    .returning({ id: notificationDeliveries.id, bookingId: notificationDeliveries.bookingId, channel: notificationDeliveries.channel });
  return rows[0] ?? null;
}

export async function insertOutboxMessage(db: Db, message: typeof outboxMessages.$inferInsert) {
  await db.insert(outboxMessages).values(message).onConflictDoNothing({ target: outboxMessages.deliveryId });
}

export async function outboxMessageForDelivery(db: Db, deliveryId: number) {
  const [row] = await db.select().from(outboxMessages).where(eq(outboxMessages.deliveryId, deliveryId));
  return row ?? null;
}

/** Whose messages a member of staff may read: one centre's, one area's, or (null) all. */
export type MessageScope = { centreId: string } | { areaId: string } | null;

function inScope(scope: MessageScope) {
  if (scope === null) return undefined;
  return "centreId" in scope ? eq(centres.id, scope.centreId) : eq(centres.areaId, scope.areaId);
}

/** A delivery's booking, session and centre: what scoping and the staff pages need. */
function withBookingCentre<T extends PgSelect>(query: T) {
  return query
    .innerJoin(bookings, eq(bookings.id, notificationDeliveries.bookingId))
    .innerJoin(openAccessSessions, eq(openAccessSessions.id, bookings.sessionId))
    .innerJoin(centres, eq(centres.id, openAccessSessions.centreId));
}

/** What the outbox transport kept, newest first, for the staff admin page. */
export function latestOutboxMessages(db: Db, params: { scope: MessageScope; limit: number }) {
  const query = db
    .select({
      id: outboxMessages.id,
      channel: outboxMessages.channel,
      recipient: outboxMessages.recipient,
      subject: outboxMessages.subject,
      body: outboxMessages.body,
      createdAt: outboxMessages.createdAt,
      bookingId: bookings.id,
      bookingReference: bookings.reference,
      centreName: centres.name,
    })
    .from(outboxMessages)
    .innerJoin(notificationDeliveries, eq(notificationDeliveries.id, outboxMessages.deliveryId))
    .$dynamic();
  return withBookingCentre(query).where(inScope(params.scope)).orderBy(desc(outboxMessages.id)).limit(params.limit);
}

const failedStatuses = ["permanent_failure", "technical_failure", "temporary_failure", "no_contact"] as const;

/** The dead letters: messages that could not be delivered, with why, for staff to act on. */
export function failedDeliveries(db: Db, params: { scope: MessageScope; limit: number }) {
  const query = db
    .select({
      id: notificationDeliveries.id,
      kind: notificationDeliveries.kind,
      status: notificationDeliveries.status,
      channel: notificationDeliveries.channel,
      reason: notificationDeliveries.lastError,
      attempts: notificationDeliveries.attempts,
      at: notificationDeliveries.statusAt,
      bookingId: bookings.id,
      bookingReference: bookings.reference,
      carerName: bookings.carerName,
      centreName: centres.name,
      sessionStartsAt: openAccessSessions.startsAt,
    })
    .from(notificationDeliveries)
    .$dynamic();
  return withBookingCentre(query)
    .where(and(inArray(notificationDeliveries.status, [...failedStatuses]), inScope(params.scope)))
    .orderBy(desc(notificationDeliveries.statusAt))
    .limit(params.limit);
}

/** A failed delivery with the centre it concerns, so a retry can be checked against the caller's scope. */
export async function failedDeliveryForRetry(db: Db, deliveryId: number) {
  const query = db
    .select({
      id: notificationDeliveries.id,
      idempotencyKey: notificationDeliveries.idempotencyKey,
      kind: notificationDeliveries.kind,
      bookingId: notificationDeliveries.bookingId,
      status: notificationDeliveries.status,
      centreId: centres.id,
      areaId: centres.areaId,
    })
    .from(notificationDeliveries)
    .$dynamic();
  const [row] = await withBookingCentre(query).where(eq(notificationDeliveries.id, deliveryId));
  return row ?? null;
}

/** Lets a failed message be claimed again (after staff fixed the contact detail, say). */
export async function reopenDelivery(db: Db, deliveryId: number, now: Date) {
  const rows = await db
    .update(notificationDeliveries)
    .set({ status: "retrying", statusAt: now })
    .where(and(eq(notificationDeliveries.id, deliveryId), inArray(notificationDeliveries.status, [...failedStatuses])))
    .returning({ id: notificationDeliveries.id });
  return rows.length > 0;
}

export async function flagContactProblem(db: Db, problem: typeof familyContactProblems.$inferInsert) {
  await db.insert(familyContactProblems).values(problem);
}

export function deliveriesForBooking(db: Db, bookingId: string) {
  return db.select().from(notificationDeliveries).where(eq(notificationDeliveries.bookingId, bookingId));
}

/** What a message about a booking needs: the booking's contact details, its session and centre. */
export async function messageContextForBooking(db: Db, bookingId: string) {
  const [row] = await db
    .select({
      bookingId: bookings.id,
      familyId: bookings.familyId,
      reference: bookings.reference,
      status: bookings.status,
      carerName: bookings.carerName,
      mobile: bookings.mobile,
      email: bookings.email,
      preferredChannel: bookings.preferredChannel,
      sessionStatus: openAccessSessions.status,
      cancellationReason: openAccessSessions.cancellationReason,
      sessionTitle: openAccessSessions.title,
      startsAt: openAccessSessions.startsAt,
      endsAt: openAccessSessions.endsAt,
      centreName: centres.name,
    })
    .from(bookings)
    .innerJoin(openAccessSessions, eq(openAccessSessions.id, bookings.sessionId))
    .innerJoin(centres, eq(centres.id, openAccessSessions.centreId))
    .where(eq(bookings.id, bookingId));
  return row ?? null;
}

/**
 * Booked places in sessions starting in [from, to) whose reminder has not been recorded yet.
 * The ledger's unique key is the real guard; this only keeps the fan-out small.
 */
export function bookingsDueReminder(db: Db, params: { from: Date; to: Date; limit: number }) {
  return db
    .select({ bookingId: bookings.id, startsAt: openAccessSessions.startsAt })
    .from(bookings)
    .innerJoin(openAccessSessions, eq(openAccessSessions.id, bookings.sessionId))
    .where(
      and(
        eq(bookings.status, "booked"),
        eq(openAccessSessions.status, "scheduled"),
        gte(openAccessSessions.startsAt, params.from),
        lt(openAccessSessions.startsAt, params.to),
        sql`not exists (select 1 from ${notificationDeliveries} d where d.booking_id = ${bookings.id} and d.kind = 'session_reminder')`,
      ),
    )
    .limit(params.limit);
}

/**
 * Takes up to `limit` undispatched outbox rows, locked so a second dispatcher skips them, and lets
 * `hand` queue them; they are marked dispatched in the same transaction. If the commit fails after
 * the jobs were queued, the rows are handed again and the ledger stops the second send.
 */
export async function dispatchFamilyMessages(
  db: Db,
  params: { limit: number; now: Date },
  hand: (rows: { id: number; kind: string; bookingId: string | null; referralId: string | null }[]) => Promise<unknown>,
): Promise<number> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({
        id: familyMessageOutbox.id,
        kind: familyMessageOutbox.kind,
        bookingId: familyMessageOutbox.bookingId,
        referralId: familyMessageOutbox.referralId,
      })
      .from(familyMessageOutbox)
      .where(isNull(familyMessageOutbox.dispatchedAt))
      .orderBy(asc(familyMessageOutbox.id))
      .limit(params.limit)
      .for("update", { skipLocked: true });
    if (!rows.length) return 0;
    await hand(rows);
    await tx
      .update(familyMessageOutbox)
      .set({ dispatchedAt: params.now })
      .where(
        inArray(
          familyMessageOutbox.id,
          rows.map((r) => r.id),
        ),
      );
    return rows.length;
  });
}
