import { and, asc, eq, ne, sql } from "drizzle-orm";
import type { Db } from "../client";
import { bookingChildren, bookingManageTokens, bookings, people } from "../schema";
import type { BookingCancelledBy } from "./bookings";
import { queueFamilyMessages } from "./family-messages";
import { lockOpenAccessSession } from "./open-access-sessions";
import { claimExtraPlace, promoteWaitingList, releasePlaces } from "./places";

/**
 * A booking after it is made, as its manage link and centre staff change it: cancelled, a child
 * added or taken off. Each locks the session row first, so places and the waiting list stay right.
 */

export async function insertManageToken(db: Db, p: { bookingId: string; tokenHash: string; expiresAt: Date }) {
  await db.insert(bookingManageTokens).values({ bookingId: p.bookingId, tokenHash: p.tokenHash, expiresAt: p.expiresAt });
}

/** The booking a manage link opens, with when the link expires; null for a token never issued. */
export async function findBookingByManageToken(db: Db, tokenHash: string) {
  const [row] = await db
    .select({ bookingId: bookingManageTokens.bookingId, expiresAt: bookingManageTokens.expiresAt })
    .from(bookingManageTokens)
    .where(eq(bookingManageTokens.tokenHash, tokenHash));
  return row ?? null;
}

export async function getBooking(db: Db, bookingId: string) {
  const [row] = await db.select().from(bookings).where(eq(bookings.id, bookingId));
  if (!row) return null;
  return { ...row, children: await childrenOfBooking(db, bookingId) };
}

export function childrenOfBooking(db: Db, bookingId: string) {
  return db
    .select({ personId: people.id, firstName: people.firstName, dateOfBirth: people.dateOfBirth, send: bookingChildren.send })
    .from(bookingChildren)
    .innerJoin(people, eq(people.id, bookingChildren.personId))
    .where(eq(bookingChildren.bookingId, bookingId))
    .orderBy(asc(bookingChildren.createdAt), asc(people.firstName));
}

/** A booking's session id, read without a lock so the session row can be locked first. */
async function sessionOfBooking(db: Db, bookingId: string) {
  const [row] = await db.select({ sessionId: bookings.sessionId }).from(bookings).where(eq(bookings.id, bookingId));
  return row?.sessionId ?? null;
}

/**
 * Cancels a booking: its places go straight back, the waiting list is promoted and every family
 * affected is told — all in the caller's transaction. Null when it was already cancelled.
 */
export async function cancelBooking(db: Db, p: { bookingId: string; by: BookingCancelledBy; now: Date }) {
  const sessionId = await sessionOfBooking(db, p.bookingId);
  if (!sessionId) return null;
  await lockOpenAccessSession(db, sessionId);
  const [before] = await db
    .select({ status: bookings.status, places: bookings.places })
    .from(bookings)
    .where(and(eq(bookings.id, p.bookingId), ne(bookings.status, "cancelled")));
  if (!before) return null;
  await db.update(bookings).set({ status: "cancelled", cancelledAt: p.now, cancelledBy: p.by }).where(eq(bookings.id, p.bookingId));
  await releasePlaces(db, { sessionId, places: before.places, waiting: before.status === "waitlisted" });
  await queueFamilyMessages(db, [{ kind: "booking_cancelled", bookingId: p.bookingId, sessionId }]);
  const promoted = await promoteWaitingList(db, { sessionId, now: p.now });
  return { sessionId, previousStatus: before.status, promoted };
}

/**
 * Adds a child to a booking. A booked booking needs one more place, claimed conditionally;
 * a waiting one just waits for one more. False when a booked session has no place left.
 */
export async function addChildToBooking(db: Db, p: { bookingId: string; personId: string; send: boolean }) {
  const sessionId = await sessionOfBooking(db, p.bookingId);
  if (!sessionId) return false;
  await lockOpenAccessSession(db, sessionId);
  const [booking] = await db.select({ status: bookings.status }).from(bookings).where(eq(bookings.id, p.bookingId));
  if (!booking || booking.status === "cancelled") return false;
  if (booking.status === "booked" && !(await claimExtraPlace(db, sessionId))) return false;
  await db.insert(bookingChildren).values({ bookingId: p.bookingId, personId: p.personId, send: p.send });
  await db
    .update(bookings)
    .set({ places: sql`${bookings.places} + 1` })
    .where(eq(bookings.id, p.bookingId));
  return true;
}

/** Takes a child off a booking; the freed place goes to the waiting list. */
export async function removeChildFromBooking(db: Db, p: { bookingId: string; personId: string; now: Date }) {
  const sessionId = await sessionOfBooking(db, p.bookingId);
  if (!sessionId) return [];
  await lockOpenAccessSession(db, sessionId);
  const [booking] = await db.select({ status: bookings.status }).from(bookings).where(eq(bookings.id, p.bookingId));
  await db.delete(bookingChildren).where(and(eq(bookingChildren.bookingId, p.bookingId), eq(bookingChildren.personId, p.personId)));
  await db
    .update(bookings)
    .set({ places: sql`${bookings.places} - 1` })
    .where(eq(bookings.id, p.bookingId));
  if (booking?.status === "booked") await releasePlaces(db, { sessionId, places: 1, waiting: false });
  return promoteWaitingList(db, { sessionId, now: p.now });
}
