import { randomBytes, randomUUID } from "node:crypto";
import {
  bookingFamilyKey,
  bookPlaces,
  familyBookingLoad,
  findBookingByIdempotencyKey,
  getOpenAccessSession,
  hashToken,
  hotTransaction,
  isSessionGone,
  isUniqueViolation,
  linkFamilies,
  lockBookingFamilies,
  lockBookingFamilyKeys,
  newToken,
  waitlistPosition,
  type Db,
  type FamilyLink,
  type NewBooking,
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
import { GroupCommit, settle, type Settled } from "./group-commit";
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

interface BookingRequest {
  ctx: Context;
  input: BookingCreate;
  session: SessionRow;
  now: Date;
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

/** Thrown inside a batch's transaction when some of its bookings (by index) need booking alone. */
class BookAlone extends Error {
  constructor(readonly alone: ReadonlySet<number>) {
    super("Some bookings of the batch need booking alone");
  }
}

/**
 * Books a batch together. A booking that is refused (fair use, already booked, a repeat) or that
 * shares its family with an earlier one is taken out and booked alone, which gives that family its
 * own answer, and the rest are tried together again. If the transaction fails for any other
 * reason, nothing of it is kept and each is booked alone — rare, and exactly what one-at-a-time
 * booking did.
 */
async function bookBatch(requests: BookingRequest[]): Promise<Settled<BookingCreated>[]> {
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
  const unfair = fairUseProblem({ heldThatWeek: load.heldThatWeek, limit: ctx.config.bookingFairUsePerWeek, sessionTypeName: session.type.name, sessionDate: session.date });
  return unfair ? fieldError("sessionId", unfair, "CONFLICT") : null;
}

/**
 * One transaction for bookings of one session from different families: each answer in order, or
 * null for a booking alone that repeats one already made. Throws a refusal for a booking alone,
 * BookAlone when a batch holds one.
 */
async function bookInTransaction(requests: BookingRequest[]): Promise<(BookingCreated | null)[]> {
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
