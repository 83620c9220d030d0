import {
  addChildToBooking,
  cancelBooking,
  ensureChildrenInFamily,
  findBookingByManageToken,
  getBooking,
  getOpenAccessSession,
  hashToken,
  removeChildFromBooking,
  waitlistPosition,
  type Db,
} from "@hearth/db";
import {
  INVALID_LINK_MESSAGE,
  isManageLinkUsable,
  isWellFormedManageToken,
  MAX_CHILDREN_PER_BOOKING,
  type BookingAddChild,
  type BookingRemoveChild,
} from "@hearth/domain";
import { z } from "zod";
import type { Context } from "../context";
import { audit, denied, fieldError } from "../trpc";
import { childProblems } from "./booking-checks";
import { isBookable, publicSession, publicSessionSchema } from "./session-view";

export const managedBookingSchema = z.object({
  reference: z.string(),
  status: z.enum(["booked", "waitlisted", "cancelled"]),
  waitlistPosition: z.number().nullable(),
  carerName: z.string(),
  mobile: z.string().nullable(),
  email: z.string().nullable(),
  preferredChannel: z.enum(["sms", "email"]),
  postcode: z.string(),
  consentToContact: z.boolean(),
  children: z.array(z.object({ id: z.string(), firstName: z.string(), dateOfBirth: z.string() })),
  /** False once cancelled or once the session has started or been cancelled. */
  canChange: z.boolean(),
  session: publicSessionSchema,
});
export type ManagedBooking = z.infer<typeof managedBookingSchema>;

/**
 * The booking a manage link opens. A malformed, unknown or expired token gets the same answer —
 * "This link is not valid" — so a guess learns nothing; each refusal is audited with the reason.
 */
export async function openManageLink(ctx: Context, token: string): Promise<string> {
  const reason = !isWellFormedManageToken(token)
    ? "malformed"
    : await findBookingByManageToken(ctx.db, hashToken(token)).then((link) =>
        !link ? "unknown" : !isManageLinkUsable(link.expiresAt, ctx.now()) ? "expired" : link.bookingId,
      );
  if (reason === "malformed" || reason === "unknown" || reason === "expired")
    throw await denied(ctx, {
      action: "booking.manage",
      entityType: "booking",
      code: "NOT_FOUND",
      message: INVALID_LINK_MESSAGE,
      detail: { reason },
    });
  return reason;
}

async function view(db: Db, bookingId: string, now: Date): Promise<ManagedBooking> {
  const booking = (await getBooking(db, bookingId))!;
  const session = (await getOpenAccessSession(db, booking.sessionId))!;
  return {
    reference: booking.reference,
    status: booking.status,
    waitlistPosition: booking.status === "waitlisted" ? await waitlistPosition(db, bookingId) : null,
    carerName: booking.carerName,
    mobile: booking.mobile,
    email: booking.email,
    preferredChannel: booking.preferredChannel,
    postcode: booking.postcode,
    consentToContact: booking.consentToContact,
    children: booking.children.map((c) => ({ id: c.personId, firstName: c.firstName, dateOfBirth: c.dateOfBirth })),
    canChange: booking.status !== "cancelled" && isBookable(session, now),
    session: publicSession(session, now),
  };
}

/** Reads the booking behind a link, audited like any read of a family's details. */
export async function getManagedBooking(ctx: Context, token: string): Promise<ManagedBooking> {
  return readThroughLink(ctx, await openManageLink(ctx, token));
}

/**
 * Loads the booking behind a link for a change. Every read through a token is audited, whatever
 * follows — a change, a refusal, or a second cancel that answers with the booking as it stands.
 */
async function changeable(ctx: Context, token: string) {
  const bookingId = await openManageLink(ctx, token);
  const current = await readThroughLink(ctx, bookingId);
  return { bookingId, current };
}

function readThroughLink(ctx: Context, bookingId: string): Promise<ManagedBooking> {
  return ctx.db.transaction(async (tx) => {
    await audit(ctx, tx, { action: "booking.read", entityType: "booking", entityId: bookingId, detail: { via: "manage link" } });
    return view(tx, bookingId, ctx.now());
  });
}

const cannotChange = (current: ManagedBooking) =>
  fieldError(
    "token",
    current.status === "cancelled"
      ? "This booking has been cancelled, so it cannot be changed"
      : "This session has started or been cancelled, so the booking can no longer be changed",
  );

/** Cancels through the link: the places go straight back, to the next family waiting if any. */
export async function cancelManagedBooking(ctx: Context, token: string): Promise<ManagedBooking> {
  const { bookingId, current } = await changeable(ctx, token);
  if (current.status === "cancelled") return current;
  if (!current.canChange) throw cannotChange(current);
  return ctx.db.transaction(async (tx) => {
    const result = await cancelBooking(tx, { bookingId, by: "family", now: ctx.now() });
    await audit(ctx, tx, {
      action: "booking.cancel",
      entityType: "booking",
      entityId: bookingId,
      detail: { via: "manage link", promoted: result?.promoted ?? [] },
    });
    return view(tx, bookingId, ctx.now());
  });
}

export async function addChildToManagedBooking(ctx: Context, input: BookingAddChild): Promise<ManagedBooking> {
  const { bookingId, current } = await changeable(ctx, input.token);
  if (!current.canChange) throw cannotChange(current);
  if (current.children.length >= MAX_CHILDREN_PER_BOOKING)
    throw fieldError("child.firstName", `A booking can be for up to ${MAX_CHILDREN_PER_BOOKING} children`);
  if (current.children.some((c) => c.dateOfBirth === input.child.dateOfBirth && c.firstName.toLowerCase() === input.child.firstName.toLowerCase()))
    throw fieldError("child.firstName", "This child is already on the booking");
  const session = (await getOpenAccessSession(ctx.db, current.session.id))!;
  const [problem] = childProblems(session, [input.child], ctx.now());
  if (problem) throw fieldError("child.dateOfBirth", problem.message);
  const booking = (await getBooking(ctx.db, bookingId))!;

  return ctx.db.transaction(async (tx) => {
    const { personIds, peopleCreated } = await ensureChildrenInFamily(tx, {
      familyId: booking.familyId,
      postcode: booking.postcode,
      children: [input.child],
      source: "self_registered",
      createdBy: null,
      centreAreaId: session.centre.areaId,
    });
    if (!(await addChildToBooking(tx, { bookingId, personId: personIds[0]!, send: input.child.send })))
      throw fieldError("child.firstName", "There are no places left for another child at this session");
    await audit(ctx, tx, {
      action: "booking.update",
      entityType: "booking",
      entityId: bookingId,
      detail: { via: "manage link", added: personIds, peopleCreated },
    });
    return view(tx, bookingId, ctx.now());
  });
}

export async function removeChildFromManagedBooking(ctx: Context, input: BookingRemoveChild): Promise<ManagedBooking> {
  const { bookingId, current } = await changeable(ctx, input.token);
  if (!current.canChange) throw cannotChange(current);
  // Another family's child id gets the same answer as an id that does not exist.
  if (!current.children.some((c) => c.id === input.childId)) throw fieldError("childId", "This child is not on the booking");
  if (current.children.length === 1) throw fieldError("childId", "This is the only child on the booking: cancel the booking instead");
  return ctx.db.transaction(async (tx) => {
    const promoted = await removeChildFromBooking(tx, { bookingId, personId: input.childId, now: ctx.now() });
    await audit(ctx, tx, {
      action: "booking.update",
      entityType: "booking",
      entityId: bookingId,
      detail: { via: "manage link", removed: [input.childId], promoted },
    });
    return view(tx, bookingId, ctx.now());
  });
}
