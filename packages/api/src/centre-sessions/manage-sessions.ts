import {
  cancelBooking,
  cancelOpenAccessSession,
  centreClosuresBetween,
  getOpenAccessSession,
  getSessionType,
  insertOpenAccessSessions,
  lockOpenAccessSession,
  notifySessionChanged,
  promoteWaitingList,
  updateOpenAccessSession,
  type Db,
  type OpenAccessSessionChanges,
} from "@hearth/db";
import {
  closureOn,
  countOf,
  minutesOfDay,
  type OpenAccessSessionCreate,
  type OpenAccessSessionUpdate,
  type StaffBookingCancel,
} from "@hearth/domain";
import type { Context } from "../context";
import type { SessionRow } from "../bookings/session-view";
import { audit, fieldError } from "../trpc";
import { isStillToCome, staffSession } from "./staff-view";

type StaffContext = Context & { staff: NonNullable<Context["staff"]> };

/** Why a session cannot happen at this centre on this date and time, or null. */
export async function whenProblem(db: Db, p: { centreId: string; date: string; startTime: string; now: Date }) {
  if (!isStillToCome(p.date, p.startTime, p.now)) return { field: "date", message: "The session must start in the future" };
  const closure = closureOn(await centreClosuresBetween(db, { centreId: p.centreId, from: p.date, to: p.date }), p.date);
  return closure ? { field: "date", message: `The centre is closed on this day: ${closure.reason}` } : null;
}

export async function createSession(ctx: StaffContext, input: OpenAccessSessionCreate) {
  if (!(await getSessionType(ctx.db, input.sessionTypeId))) throw fieldError("sessionTypeId", "Choose the type of session");
  const problem = await whenProblem(ctx.db, { ...input, now: ctx.now() });
  if (problem) throw fieldError(problem.field, problem.message);
  return ctx.db.transaction(async (tx) => {
    const [created] = await insertOpenAccessSessions(tx, [
      { ...input, description: input.description || null, locationNote: input.locationNote || null, createdBy: ctx.staff.id },
    ]);
    await audit(ctx, tx, { action: "open_access_session.create", entityType: "open_access_session", entityId: created!.id });
    return staffSession((await getOpenAccessSession(tx, created!.id))!);
  });
}

/**
 * Applies changes to one session that has not started, inside the caller's transaction: capacity
 * never below the places booked, a raised capacity offered to the waiting list at once, and every
 * family told when the time changes. Returns how many families were told.
 */
export async function changeSession(tx: Db, session: SessionRow, changes: Omit<OpenAccessSessionUpdate, "sessionId">, now: Date) {
  const locked = (await lockOpenAccessSession(tx, session.id))!;
  if (changes.capacity !== undefined && changes.capacity < locked.bookedCount)
    throw fieldError("capacity", `${countOf(locked.bookedCount, "place is", "places are")} already booked, so the session needs at least that many`);
  const date = changes.date ?? session.date;
  const startTime = changes.startTime ?? session.startTime;
  const endTime = changes.endTime ?? session.endTime;
  const moved = date !== session.date || startTime !== session.startTime || endTime !== session.endTime;
  if (moved) {
    if (minutesOfDay(endTime) <= minutesOfDay(startTime)) throw fieldError("endTime", "The end time must be after the start time");
    const problem = await whenProblem(tx, { centreId: session.centre.id, date, startTime, now });
    if (problem) throw fieldError(problem.field, problem.message);
  }
  const update: OpenAccessSessionChanges = {
    ...(changes.title !== undefined ? { title: changes.title } : {}),
    ...(changes.description !== undefined ? { description: changes.description || null } : {}),
    ...(changes.locationNote !== undefined ? { locationNote: changes.locationNote || null } : {}),
    ...(changes.capacity !== undefined ? { capacity: changes.capacity } : {}),
    ...(moved ? { when: { date, startTime, endTime } } : {}),
  };
  await updateOpenAccessSession(tx, session.id, update);
  const told = moved || changes.locationNote !== undefined ? await notifySessionChanged(tx, session.id) : 0;
  const promoted =
    changes.capacity !== undefined && changes.capacity > session.capacity ? await promoteWaitingList(tx, { sessionId: session.id, now }) : [];
  return { familiesTold: told, promoted: promoted.length, fields: Object.keys(update) };
}

function assertChangeable(session: SessionRow, now: Date) {
  if (session.status === "cancelled") throw fieldError("sessionId", "This session has been cancelled, so it cannot be changed");
  if (session.startsAt <= now) throw fieldError("sessionId", "This session has started, so it cannot be changed");
}

export async function updateSession(ctx: StaffContext, input: OpenAccessSessionUpdate) {
  const session = (await getOpenAccessSession(ctx.db, input.sessionId))!;
  assertChangeable(session, ctx.now());
  const { sessionId, ...changes } = input;
  return ctx.db.transaction(async (tx) => {
    const result = await changeSession(tx, session, changes, ctx.now());
    await audit(ctx, tx, { action: "open_access_session.update", entityType: "open_access_session", entityId: sessionId, detail: result });
    return { session: staffSession((await getOpenAccessSession(tx, sessionId))!), familiesTold: result.familiesTold, promoted: result.promoted };
  });
}

/** Cancels a session; every family booked or waiting is told (through the outbox). */
export async function cancelSession(ctx: StaffContext, input: { sessionId: string; reason: string }) {
  const session = (await getOpenAccessSession(ctx.db, input.sessionId))!;
  assertChangeable(session, ctx.now());
  return ctx.db.transaction(async (tx) => {
    const familiesTold = (await cancelOpenAccessSession(tx, { sessionId: input.sessionId, reason: input.reason, now: ctx.now() })) ?? 0;
    await audit(ctx, tx, {
      action: "open_access_session.cancel",
      entityType: "open_access_session",
      entityId: input.sessionId,
      detail: { familiesTold },
    });
    return { session: staffSession((await getOpenAccessSession(tx, input.sessionId))!), familiesTold };
  });
}

/**
 * Staff cancel one family's booking (they rang the centre); the place goes to the waiting list and
 * the family is told. The reason is kept in the audit trail for whoever asks later.
 */
export async function cancelBookingForFamily(ctx: StaffContext, input: StaffBookingCancel) {
  return ctx.db.transaction(async (tx) => {
    const result = await cancelBooking(tx, { bookingId: input.bookingId, by: "staff", now: ctx.now() });
    await audit(ctx, tx, {
      action: "booking.cancel",
      entityType: "booking",
      entityId: input.bookingId,
      detail: { reason: input.reason, promoted: result?.promoted ?? [] },
    });
    return { cancelled: result !== null, promoted: result?.promoted.length ?? 0 };
  });
}
