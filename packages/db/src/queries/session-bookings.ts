import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { bookingChildren, bookings, openAccessSessions, people } from "../schema";
import { queueFamilyMessages } from "./family-messages";
import { lockOpenAccessSession } from "./open-access-sessions";

/** The bookings of a session as staff see and change them: registers, day views, cancelling or moving the session. */

/** Active bookings of a session in queue order: booked first, then the waiting list. */
export function activeBookingsOfSessions(db: Db, sessionIds: string[]) {
  if (!sessionIds.length) return Promise.resolve([]);
  return db
    .select({
      id: bookings.id,
      sessionId: bookings.sessionId,
      reference: bookings.reference,
      familyId: bookings.familyId,
      carerName: bookings.carerName,
      mobile: bookings.mobile,
      email: bookings.email,
      places: bookings.places,
      status: bookings.status,
      queueNumber: bookings.queueNumber,
    })
    .from(bookings)
    .where(and(inArray(bookings.sessionId, sessionIds), inArray(bookings.status, ["booked", "waitlisted"])))
    .orderBy(asc(bookings.queueNumber));
}

/** Children of many bookings at once, for registers and day views. */
export function childrenOfBookings(db: Db, bookingIds: string[]) {
  if (!bookingIds.length) return Promise.resolve([]);
  return db
    .select({
      bookingId: bookingChildren.bookingId,
      personId: people.id,
      firstName: people.firstName,
      lastName: people.lastName,
      dateOfBirth: people.dateOfBirth,
      send: bookingChildren.send,
    })
    .from(bookingChildren)
    .innerJoin(people, eq(people.id, bookingChildren.personId))
    .where(inArray(bookingChildren.bookingId, bookingIds))
    .orderBy(asc(people.firstName));
}

/**
 * Cancels a session and every active booking on it, telling each family. Returns how many
 * bookings were cancelled, or null when the session was unknown or already cancelled.
 */
export async function cancelOpenAccessSession(db: Db, p: { sessionId: string; reason: string; now: Date }) {
  const session = await lockOpenAccessSession(db, p.sessionId);
  if (!session || session.status === "cancelled") return null;
  await db
    .update(openAccessSessions)
    .set({ status: "cancelled", cancelledAt: p.now, cancellationReason: p.reason, bookedCount: 0, waitlistCount: 0 })
    .where(eq(openAccessSessions.id, p.sessionId));
  const cancelled = await db
    .update(bookings)
    .set({ status: "cancelled", cancelledAt: p.now, cancelledBy: "session_cancelled" })
    .where(and(eq(bookings.sessionId, p.sessionId), inArray(bookings.status, ["booked", "waitlisted"])))
    .returning({ id: bookings.id });
  await queueFamilyMessages(
    db,
    cancelled.map((b) => ({ kind: "session_cancelled" as const, bookingId: b.id, sessionId: p.sessionId })),
  );
  return cancelled.length;
}

/** Tells every family holding a place or waiting that the session's time or place has changed. */
export async function notifySessionChanged(db: Db, sessionId: string) {
  const active = await db
    .select({ id: bookings.id })
    .from(bookings)
    .where(and(eq(bookings.sessionId, sessionId), inArray(bookings.status, ["booked", "waitlisted"])));
  await queueFamilyMessages(
    db,
    active.map((b) => ({ kind: "session_changed" as const, bookingId: b.id, sessionId })),
  );
  return active.length;
}
