import { bookingFamilyKey, getOpenAccessSession, type Db } from "@hearth/db";
import type { BookingCreate } from "@hearth/domain";
import type { Context } from "../context";
import { fieldError, fieldErrors } from "../trpc";
import { bookBatch } from "./book-batch";
import { childProblems, sessionProblem } from "./booking-checks";
import type { BookingCreated, BookingRequest } from "./booking-created";
import { GroupCommit } from "./group-commit";
import type { SessionRow } from "./session-view";

/**
 * Books a session for a family, or puts them on its waiting list. Checked before anything is
 * written: the session can still be booked and each child's age suits it on the day. Then the
 * booking joins its session's queue (see bookingQueue) and one transaction, perhaps shared with
 * other families booking the same session at that moment, links the family to the person index,
 * applies fair use, and claims the places in the same statement that writes the booking.
 */
export async function createBooking(ctx: Context, input: BookingCreate): Promise<BookingCreated> {
  const now = ctx.now();
  const session = await sessionToBook(ctx.db, input.sessionId);
  const problem = sessionProblem(session, now);
  if (problem || !session) throw fieldError("sessionId", problem!);
  const children = childProblems(session, input.children, now);
  if (children.length) throw fieldErrors(children);
  return bookingQueue(ctx.db).submit(session.id, { ctx, input, session, now });
}

/**
 * Group commit for bookings (see group-commit.ts): a session that hundreds book at once locks its
 * row and commits once for many of them, not once each. One queue per database pool, which is one
 * per API process; PGlite (`pnpm start`) has one connection, so one batch at a time there.
 */
const queues = new WeakMap<Db, GroupCommit<BookingRequest, BookingCreated>>();
function bookingQueue(db: Db) {
  let queue = queues.get(db);
  if (!queue) {
    queue = new GroupCommit((_sessionId, requests) => bookBatch(requests), {
      concurrency: BATCHES_PER_SESSION,
      maxBatch: MAX_BATCH,
      apart: (r) => bookingFamilyKey(r.input.postcode),
    });
    queues.set(db, queue);
  }
  return queue;
}
/**
 * One batch of a session at a time: while it runs, everyone else booking that session queues and
 * goes in the next. Measured with 50 clients (docs/benchmarks.md), a second or third lane mostly
 * ran batches of one — each newcomer found a lane free — and booked fewer a second, not more.
 */
const BATCHES_PER_SESSION = 1;
const MAX_BATCH = 50;

/**
 * The session as a booking first reads it. Requests for the same session at the same moment share
 * one read (they would all have read the same row); the booking statement checks again, under the
 * row's lock, that it can still be booked.
 */
const sessionReads = new WeakMap<Db, Map<string, Promise<SessionRow | null>>>();
function sessionToBook(db: Db, sessionId: string): Promise<SessionRow | null> {
  let reads = sessionReads.get(db);
  if (!reads) sessionReads.set(db, (reads = new Map<string, Promise<SessionRow | null>>()));
  let read = reads.get(sessionId);
  if (!read) {
    read = getOpenAccessSession(db, sessionId).finally(() => reads.delete(sessionId));
    reads.set(sessionId, read);
  }
  return read;
}
