import { randomBytes, randomUUID } from "node:crypto";
import {
  familyBookingLoad,
  findBookingByIdempotencyKey,
  getOpenAccessSession,
  hashToken,
  isUniqueViolation,
  bookPlaces,
  hotTransaction,
  isSessionGone,
  linkFamily,
  lockBookingFamilyKey,
  newToken,
  waitlistPosition,
} from "@hearth/db";
import {
  BOOKING_REFERENCE_BYTES,
  bookingReferenceFrom,
  dateOfBirthProblem,
  fairUseProblem,
  londonDateOf,
  manageLinkExpiresAt,
  sessionEligibility,
  weekContaining,
  type BookingChild,
  type BookingCreate,
} from "@hearth/domain";
import { z } from "zod";
import type { Context } from "../context";
import { auditEvent, fieldError, fieldErrors } from "../trpc";
import { isBookable, publicSession, publicSessionSchema, sessionTypeOf, type SessionRow } from "./session-view";

export const bookingCreatedSchema = z.object({
  reference: z.string(),
  status: z.enum(["booked", "waitlisted", "cancelled"]),
  /** 1 is next in line; null unless waiting. */
  waitlistPosition: z.number().nullable(),
  /**
   * The manage link's token, shown once. Null when this answers a repeat of a request already
   * made (the same idempotency key): the first answer and the confirmation message carry it.
   */
  manageToken: z.string().nullable(),
  alreadyMade: z.boolean(),
  session: publicSessionSchema,
});
export type BookingCreated = z.infer<typeof bookingCreatedSchema>;

/** Why a session cannot be booked, in words for the family, or null when it can. */
export function sessionProblem(session: SessionRow | null, now: Date): string | null {
  if (!session) return "This session could not be found. Go back and choose another session.";
  if (session.status === "cancelled") return "This session has been cancelled. Choose another session.";
  if (!isBookable(session, now)) return "This session has already started. Choose another session.";
  return null;
}

/** Every child who cannot come, each against their own date of birth field. */
export function childProblems(session: SessionRow, children: readonly BookingChild[], now: Date) {
  const today = londonDateOf(now);
  const type = sessionTypeOf(session.type);
  return children.flatMap((child, i) => {
    const field = `children.${i}.dateOfBirth`;
    const born = dateOfBirthProblem(child.dateOfBirth, today);
    if (born) return [{ field, message: born }];
    const eligibility = sessionEligibility(type, { name: child.firstName, dateOfBirth: child.dateOfBirth, hasSend: child.send }, session.date);
    return eligibility.eligible ? [] : [{ field, message: eligibility.reason }];
  });
}

/**
 * Books a session for a family, or puts them on its waiting list. Checked before anything is
 * written: the session can still be booked and each child's age suits it on the day. Then one
 * transaction links the family to the person index, applies fair use, and claims the places in
 * the same statement that writes the booking.
 */
export async function createBooking(ctx: Context, input: BookingCreate): Promise<BookingCreated> {
  const now = ctx.now();
  const session = await getOpenAccessSession(ctx.db, input.sessionId);
  const problem = sessionProblem(session, now);
  if (problem || !session) throw fieldError("sessionId", problem!);
  const children = childProblems(session, input.children, now);
  if (children.length) throw fieldErrors(children);

  // A random reference can, very rarely, be taken already: the whole transaction is tried again.
  for (let attempt = 1; ; attempt++) {
    try {
      return await bookInTransaction(ctx, input, session, now);
    } catch (error) {
      // A repeat with the same key from another postcode was not held back by the family lock.
      if (isUniqueViolation(error, "bookings_idempotency_key_unique")) return answerRepeat(ctx, input, now);
      if (isSessionGone(error)) throw fieldError("sessionId", "This session can no longer be booked. Choose another session.");
      if (attempt < 3 && isUniqueViolation(error, "bookings_reference_unique")) continue;
      throw error;
    }
  }
}

async function bookInTransaction(ctx: Context, input: BookingCreate, session: SessionRow, now: Date): Promise<BookingCreated> {
  const created = await hotTransaction(ctx.db, async (hot) => {
    const { tx } = hot;
    await lockBookingFamilyKey(tx, input.postcode);
    const family = await linkFamily(tx, {
      carerName: input.carerName,
      postcode: input.postcode,
      children: input.children,
      mobile: input.mobile ?? null,
      email: input.email ?? null,
      source: "self_registered",
      createdBy: null,
    });
    // A family new to the index holds no bookings and cannot be repeating one (a repeat, held back
    // by the lock until the first commits, finds the family that booking linked).
    if (family.matchedBy !== "new") {
      const week = weekContaining(session.date);
      const load = await familyBookingLoad(tx, {
        familyId: family.familyId,
        sessionId: session.id,
        sessionTypeId: session.type.id,
        weekFrom: week.from,
        weekTo: week.to,
        now,
        idempotencyKey: input.idempotencyKey,
      });
      if (load.repeat) return null;
      if (load.alreadyBooked)
        throw fieldError("sessionId", "You have already booked this session. Use the link in your confirmation to add a child.", "CONFLICT");
      const unfair = fairUseProblem({ heldThatWeek: load.heldThatWeek, limit: ctx.config.bookingFairUsePerWeek, sessionTypeName: session.type.name, sessionDate: session.date });
      if (unfair) throw fieldError("sessionId", unfair, "CONFLICT");
    }
    const bookingId = randomUUID();
    const reference = bookingReferenceFrom(randomBytes(BOOKING_REFERENCE_BYTES));
    const manageToken = newToken();
    // Last, and committed in the same round trip: the session row is locked only while the
    // database writes the booking, never while this process is busy with other requests.
    const booking = await bookPlaces(hot, {
      id: bookingId,
      sessionId: session.id,
      reference,
      idempotencyKey: input.idempotencyKey,
      familyId: family.familyId,
      carerName: input.carerName,
      mobile: input.mobile ?? null,
      email: input.email ?? null,
      preferredChannel: input.preferredChannel,
      postcode: input.postcode,
      consentToContact: input.consentToContact,
      children: family.personIds.map((personId, i) => ({ personId, send: input.children[i]!.send })),
      manageTokenHash: hashToken(manageToken),
      manageTokenExpiresAt: manageLinkExpiresAt(session.endsAt),
      now,
      audit: auditEvent(ctx, {
        action: "booking.create",
        entityType: "family",
        entityId: family.familyId,
        detail: { bookingId, sessionId: session.id, matchedBy: family.matchedBy, peopleCreated: family.peopleCreated },
      }),
    });
    return { booking, reference, manageToken };
  });
  if (!created) return answerRepeat(ctx, input, now);
  const { booking, reference, manageToken } = created;
  return {
    reference,
    status: booking.status,
    // The claim counted this booking onto the waiting list while it held the session row, which
    // every booking and promotion of the session takes in turn: the count is its place in line.
    waitlistPosition: booking.status === "waitlisted" ? booking.waitlistCount : null,
    manageToken,
    alreadyMade: false,
    session: publicSession({ ...session, bookedCount: booking.bookedCount, waitlistCount: booking.waitlistCount }, now),
  };
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
