import { randomBytes, randomUUID } from "node:crypto";
import {
  bookPlaces,
  familyBookingLoad,
  hashToken,
  hotTransaction,
  linkFamilies,
  lockBookingFamilies,
  lockBookingFamilyKeys,
  newToken,
  type Db,
  type FamilyLink,
  type NewBooking,
} from "@hearth/db";
import { BOOKING_REFERENCE_BYTES, bookingReferenceFrom, fairUseProblem, manageLinkExpiresAt, weekContaining } from "@hearth/domain";
import { auditEvent, fieldError } from "../trpc";
import type { BookingCreated, BookingRequest } from "./booking-created";
import { publicSession } from "./session-view";

/** Thrown inside a batch's transaction when some of its bookings (by index) need booking alone. */
export class BookAlone extends Error {
  constructor(readonly alone: ReadonlySet<number>) {
    super("Some bookings of the batch need booking alone");
  }
}

/**
 * Why a family may not book the session, if it may not; "repeat" for a double submit. Only the
 * family this booking is linked to — by the child details the booker gave — is counted, never one
 * that merely shares a mobile or email (§9 of docs/architecture-decisions.md): its bookings and its
 * fair use stay its own, and the answer is the one a stranger would get.
 */
async function refusal(tx: Db, request: BookingRequest, family: FamilyLink) {
  // A family new to the index holds no bookings and cannot be repeating one (a repeat, held back
  // by the lock until the first commits, finds the family that booking linked).
  if (family.matchedBy === "new") return null;
  const { ctx, input, session, now } = request;
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
  if (load.repeat) return "repeat" as const;
  if (load.alreadyBooked)
    return fieldError("sessionId", "You have already booked this session. Use the link in your confirmation to add a child.", "CONFLICT");
  const unfair = fairUseProblem({
    heldThatWeek: load.heldThatWeek,
    limit: ctx.config.bookingFairUsePerWeek,
    sessionTypeName: session.type.name,
    sessionDate: session.date,
  });
  return unfair ? fieldError("sessionId", unfair, "CONFLICT") : null;
}

/**
 * One transaction for bookings of one session from different families: each answer in order, or
 * null for a booking alone that repeats one already made. Throws a refusal for a booking alone,
 * BookAlone when a batch holds one.
 */
export async function bookInTransaction(requests: BookingRequest[]): Promise<(BookingCreated | null)[]> {
  const { db } = requests[0]!.ctx;
  const session = requests[0]!.session;
  const now = requests[0]!.now;
  const created = await hotTransaction(db, async (hot) => {
    const { tx } = hot;
    // Sent together in one write, and run in this order: the families' locks, then the links.
    const [, families] = await Promise.all([
      lockBookingFamilyKeys(
        tx,
        requests.map((r) => r.input.postcode),
      ),
      linkFamilies(
        tx,
        requests.map(({ input }) => ({
          carerName: input.carerName,
          postcode: input.postcode,
          children: input.children,
          mobile: input.mobile ?? null,
          email: input.email ?? null,
          source: "self_registered" as const,
          createdBy: null,
          centreAreaId: session.centre.areaId,
        })),
      ),
    ]);
    // Families already in the index are locked by id before their bookings are counted; the lock
    // and the counts leave in one write and run in that order.
    const known = families.filter((f) => f.matchedBy !== "new").map((f) => f.familyId);
    const [, refusals] = await Promise.all([
      known.length ? lockBookingFamilies(tx, known) : undefined,
      Promise.all(requests.map((request, i) => refusal(tx, request, families[i]!))),
    ]);
    if (requests.length > 1) {
      // Refused bookings are answered alone, and so is a second booking matched to a family
      // already in the batch (the same child twice): it must see the first one's booking.
      const alone = new Set<number>();
      const seen = new Set<string>();
      families.forEach((family, i) => {
        if (refusals[i] || seen.has(family.familyId)) alone.add(i);
        seen.add(family.familyId);
      });
      if (alone.size) throw new BookAlone(alone);
    }
    if (refusals[0] === "repeat") return null;
    if (refusals[0]) throw refusals[0];

    const made = requests.map(({ ctx, input }, i) => {
      const family = families[i]!;
      const id = randomUUID();
      const manageToken = newToken();
      const booking: NewBooking = {
        id,
        reference: bookingReferenceFrom(randomBytes(BOOKING_REFERENCE_BYTES)),
        idempotencyKey: input.idempotencyKey,
        familyId: family.familyId,
        carerName: input.carerName,
        mobile: input.mobile ?? null,
        email: input.email ?? null,
        preferredChannel: input.preferredChannel,
        postcode: input.postcode,
        consentToContact: input.consentToContact,
        children: family.personIds.map((personId, c) => ({ personId, send: input.children[c]!.send })),
        manageTokenHash: hashToken(manageToken),
        manageTokenExpiresAt: manageLinkExpiresAt(session.endsAt),
        audit: auditEvent(ctx, {
          action: "booking.create",
          entityType: "family",
          entityId: family.familyId,
          detail: {
            bookingId: id,
            sessionId: session.id,
            matchedBy: family.matchedBy,
            peopleCreated: family.peopleCreated,
            possibleMatches: family.possibleMatches,
          },
        }),
      };
      return { booking, manageToken };
    });
    // Last, and committed in the same round trip: the session row is locked only while the
    // database writes the bookings, never while this process is busy with other requests.
    const placed = await bookPlaces(hot, { sessionId: session.id, now, bookings: made.map((m) => m.booking) });
    return placed.map((p, i) => ({ placed: p, reference: made[i]!.booking.reference, manageToken: made[i]!.manageToken }));
  });
  if (!created) return [null];
  return created.map(({ placed, reference, manageToken }, i) => ({
    reference,
    status: placed.status,
    // The claim counted this booking onto the waiting list while it held the session row, which
    // every booking and promotion of the session takes in turn: the count is its place in line.
    waitlistPosition: placed.status === "waitlisted" ? placed.waitlistCount : null,
    manageToken,
    alreadyMade: false,
    session: publicSession({ ...requests[i]!.session, bookedCount: placed.bookedCount, waitlistCount: placed.waitlistCount }, requests[i]!.now),
  }));
}
