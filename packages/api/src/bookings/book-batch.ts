import { findBookingByIdempotencyKey, getOpenAccessSession, isSessionGone, isUniqueViolation, waitlistPosition } from "@hearth/db";
import type { BookingCreate } from "@hearth/domain";
import type { Context } from "../context";
import { fieldError } from "../trpc";
import { BookAlone, bookInTransaction } from "./book-in-transaction";
import type { BookingCreated, BookingRequest } from "./booking-created";
import { settle, type Settled } from "./group-commit";
import { publicSession } from "./session-view";

/**
 * Books a batch together. A booking that is refused (fair use, already booked, a repeat) or that
 * shares its family with an earlier one is taken out and booked alone, which gives that family its
 * own answer, and the rest are tried together again. If the transaction fails for any other
 * reason, nothing of it is kept and each is booked alone — rare, and exactly what one-at-a-time
 * booking did.
 */
export async function bookBatch(requests: BookingRequest[]): Promise<Settled<BookingCreated>[]> {
  if (requests.length > 1) {
    try {
      return (await bookInTransaction(requests)).map((value) => ({ ok: true as const, value: value! }));
    } catch (error) {
      if (error instanceof BookAlone && error.alone.size < requests.length) {
        const together = requests.filter((_, i) => !error.alone.has(i));
        const [rest, alone] = await Promise.all([
          bookBatch(together),
          Promise.all(requests.filter((_, i) => error.alone.has(i)).map((request) => settle(bookAlone(request)))),
        ]);
        return requests.map((_, i) => (error.alone.has(i) ? alone : rest).shift()!);
      }
    }
  }
  return Promise.all(requests.map((request) => settle(bookAlone(request))));
}

async function bookAlone(request: BookingRequest): Promise<BookingCreated> {
  const { ctx, input, now } = request;
  // A random reference can, very rarely, be taken already: the whole transaction is tried again.
  for (let attempt = 1; ; attempt++) {
    try {
      const [created] = await bookInTransaction([request]);
      return created ?? (await answerRepeat(ctx, input, now));
    } catch (error) {
      // A repeat with the same key from another postcode was not held back by the family lock.
      if (isUniqueViolation(error, "bookings_idempotency_key_unique")) return answerRepeat(ctx, input, now);
      if (isSessionGone(error)) throw fieldError("sessionId", "This session can no longer be booked. Choose another session.");
      if (attempt < 3 && isUniqueViolation(error, "bookings_reference_unique")) continue;
      throw error;
    }
  }
}

/** A double submit: the booking the first request made, as it stands now, without its token. */
async function answerRepeat(ctx: Context, input: BookingCreate, now: Date): Promise<BookingCreated> {
  const existing = (await findBookingByIdempotencyKey(ctx.db, input.idempotencyKey))!;
  const session = (await getOpenAccessSession(ctx.db, existing.sessionId))!;
  return {
    reference: existing.reference,
    status: existing.status,
    waitlistPosition: existing.status === "waitlisted" ? await waitlistPosition(ctx.db, existing.id) : null,
    manageToken: null,
    alreadyMade: true,
    session: publicSession(session, now),
  };
}
