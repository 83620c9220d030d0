import { and, asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { bookings } from "../schema";
import { queueFamilyMessages } from "./family-messages";
import { lockOpenAccessSession } from "./open-access-sessions";
import { rawRows } from "./raw";

/**
 * Places on a session. Three rules keep them right under any amount of concurrency:
 *
 * 1. A place is claimed by one statement that locks the session row, decides whether the places
 *    fit and updates the counts together (`claimCtes`). There is no read-then-write to race.
 * 2. Every change to a session's places or bookings locks the session row first, so they queue in
 *    one order (no deadlocks) and a waiting-list insert can never slip past a promotion.
 * 3. Whatever frees places promotes the waiting list in the same transaction, so no waiting
 *    booking ever fits in the free places. That is why a new booking may take free places
 *    whenever they fit: nobody in the queue could have used them.
 */

/**
 * CTEs `target`, `walk` and `claim`, claiming places for the rows of a CTE `claim_input`
 * (`ord` 1, 2, 3 … and `places`) that the caller defines before them, in a `with recursive`.
 *
 * `target` locks the session's row (FOR NO KEY UPDATE, which bookings' foreign keys do not wait
 * for). `walk` takes the requests in `ord` order, as bookings arriving one after another would be:
 * a request whose places fit is booked and the count moves on, one that does not is counted onto
 * the waiting list (a smaller request behind it may still fit). `claim` writes the counts the walk
 * ends with, if the session is scheduled and has not started. It returns one row when the session
 * can be booked at all, and none when it is cancelled or started.
 *
 * One request or fifty, it is one statement, so there is no read-then-write to race; the session
 * and time are SQL expressions, so the statement can take them from bind parameters or from the
 * transaction's bookings (see bookPlaces).
 */
export function claimCtes(p: { sessionId: SQL; now: SQL }): SQL {
  // The row is found by its id alone and whether it can be booked is worked out after: given the
  // status and start time too, PostgreSQL may walk the start-time index instead, through every
  // old version of a session booked thousands of times.
  return sql`target as (
      select id, status = 'scheduled' and starts_at > ${p.now} as open, capacity, booked_count, waitlist_count
        from open_access_sessions
       where id = ${p.sessionId}
         for no key update
    ),
    walk (ord, booked_count, waitlist_count, fits) as (
      select 0::bigint, booked_count, waitlist_count, null::boolean from target
      union all
      select i.ord, w.booked_count + case when w.booked_count + i.places <= t.capacity then i.places else 0 end,
             w.waitlist_count + case when w.booked_count + i.places <= t.capacity then 0 else 1 end,
             w.booked_count + i.places <= t.capacity
        from walk w join claim_input i on i.ord = w.ord + 1 cross join target t
    ),
    claim as (
      update open_access_sessions o
         set booked_count = last.booked_count, waitlist_count = last.waitlist_count
        from target t, (select booked_count, waitlist_count from walk order by ord desc limit 1) last
       where o.id = t.id and t.open
   returning o.id, o.capacity
    )`;
}

/**
 * The claiming statement for one request on its own. Bookings run it inside the statement that
 * writes them (see bookPlaces); this form lets the benchmark measure its raw rate.
 */
export async function claimPlaces(db: Db, p: { sessionId: string; places: number; now: Date }) {
  const claim = claimCtes({ sessionId: sql`${p.sessionId}::uuid`, now: sql`${p.now.toISOString()}::timestamptz` });
  const [row] = await rawRows<{ fits: boolean; capacity: number; booked_count: number }>(
    db,
    sql`with recursive claim_input as (select 1::bigint as ord, ${p.places}::int as places), ${claim}
        select w.fits, c.capacity, w.booked_count from claim c, walk w where w.ord = 1`,
  );
  return row ? { fits: row.fits, capacity: row.capacity, bookedCount: row.booked_count } : null;
}

/**
 * One more place for an existing booking (a child added). The caller holds the session lock; the
 * statement is still conditional so the count can never pass capacity. True when it fitted.
 */
export async function claimExtraPlace(db: Db, sessionId: string): Promise<boolean> {
  const rows = await rawRows<{ id: string }>(
    db,
    sql`update open_access_sessions set booked_count = booked_count + 1
         where id = ${sessionId}::uuid and booked_count + 1 <= capacity returning id`,
  );
  return rows.length === 1;
}

/** Gives places back (a cancellation or a child removed), or takes a booking off the queue count. */
export async function releasePlaces(db: Db, p: { sessionId: string; places: number; waiting: boolean }) {
  await rawRows(
    db,
    p.waiting
      ? sql`update open_access_sessions set waitlist_count = waitlist_count - 1 where id = ${p.sessionId}::uuid`
      : sql`update open_access_sessions set booked_count = booked_count - ${p.places}::int where id = ${p.sessionId}::uuid`,
  );
}

/**
 * Offers free places to the waiting list in the order families joined it. A family whose children
 * do not all fit is passed over for one that does, rather than leaving places empty; they keep
 * their place at the front for the next one that frees. Each promoted family is told.
 */
export async function promoteWaitingList(db: Db, p: { sessionId: string; now: Date }): Promise<string[]> {
  const session = await lockOpenAccessSession(db, p.sessionId);
  if (!session || session.status !== "scheduled" || session.startsAt <= p.now || session.waitlistCount === 0) return [];
  let free = session.capacity - session.bookedCount;
  if (free <= 0) return [];
  const waiting = await db
    .select({ id: bookings.id, places: bookings.places })
    .from(bookings)
    .where(and(eq(bookings.sessionId, p.sessionId), eq(bookings.status, "waitlisted")))
    .orderBy(asc(bookings.queueNumber));
  const promoted: { id: string; places: number }[] = [];
  for (const booking of waiting) {
    if (free === 0) break;
    if (booking.places <= free) {
      promoted.push(booking);
      free -= booking.places;
    }
  }
  if (!promoted.length) return [];
  const ids = promoted.map((b) => b.id);
  await db.update(bookings).set({ status: "booked", bookedAt: p.now }).where(inArray(bookings.id, ids));
  const places = promoted.reduce((sum, b) => sum + b.places, 0);
  await rawRows(
    db,
    sql`update open_access_sessions
           set booked_count = booked_count + ${places}::int, waitlist_count = waitlist_count - ${promoted.length}::int
         where id = ${p.sessionId}::uuid`,
  );
  await queueFamilyMessages(
    db,
    ids.map((bookingId) => ({ kind: "waitlist_place_offered" as const, bookingId, sessionId: p.sessionId })),
  );
  return ids;
}
