import { attendanceOf, bookingOfChild, getOpenAccessSession, linkFamily, recordAttendance } from "@hearth/db";
import { londonDateOf, type SessionAttendanceRecord, type WalkIn } from "@hearth/domain";
import type { Context } from "../context";
import { audit, fieldError } from "../trpc";

type StaffContext = Context & { staff: NonNullable<Context["staff"]> };

/** The register opens on the day of the session and stays open afterwards for corrections. */
async function registerOpen(ctx: StaffContext, sessionId: string) {
  const session = (await getOpenAccessSession(ctx.db, sessionId))!;
  if (session.status === "cancelled") throw fieldError("sessionId", "This session was cancelled, so there is no register");
  if (session.date > londonDateOf(ctx.now())) throw fieldError("sessionId", "The register opens on the day of the session");
  return session;
}

/** Marks a booked child (or a walk-in already registered) attended or did not attend. */
export async function checkIn(ctx: StaffContext, input: SessionAttendanceRecord) {
  await registerOpen(ctx, input.sessionId);
  return ctx.db.transaction(async (tx) => {
    const booking = await bookingOfChild(tx, input);
    const existing = await attendanceOf(tx, input);
    if (!booking && !existing) throw fieldError("personId", "This child is not booked on this session: register them as a walk-in");
    const mark = await recordAttendance(tx, {
      sessionId: input.sessionId,
      personId: input.personId,
      bookingId: booking?.bookingId ?? existing?.bookingId ?? null,
      familyId: booking?.familyId ?? existing?.familyId ?? null,
      status: input.status,
      walkIn: existing?.walkIn ?? false,
      recordedBy: ctx.staff.id,
      now: ctx.now(),
    });
    await audit(ctx, tx, {
      action: "attendance.record",
      entityType: "person",
      entityId: input.personId,
      detail: { sessionId: input.sessionId, status: input.status },
    });
    return { personId: mark.personId, status: mark.status, walkIn: mark.walkIn };
  });
}

/**
 * A family who came without booking: linked to (or added to) the person index like an online
 * booking, and each child marked attended. Children who were booked after all are marked as booked.
 */
export async function registerWalkIn(ctx: StaffContext, input: WalkIn) {
  const session = await registerOpen(ctx, input.sessionId);
  return ctx.db.transaction(async (tx) => {
    const family = await linkFamily(tx, {
      carerName: input.carerName,
      postcode: input.postcode,
      children: input.children,
      source: "staff",
      createdBy: ctx.staff.id,
      centreAreaId: session.centre.areaId,
    });
    const children = [];
    for (const [i, personId] of family.personIds.entries()) {
      const booking = await bookingOfChild(tx, { sessionId: input.sessionId, personId });
      await recordAttendance(tx, {
        sessionId: input.sessionId,
        personId,
        bookingId: booking?.bookingId ?? null,
        familyId: booking?.familyId ?? family.familyId,
        status: "attended",
        walkIn: !booking,
        recordedBy: ctx.staff.id,
        now: ctx.now(),
      });
      children.push({ personId, firstName: input.children[i]!.firstName, walkIn: !booking });
    }
    await audit(ctx, tx, {
      action: "centre.walk_in",
      entityType: "family",
      entityId: family.familyId,
      detail: { sessionId: input.sessionId, matchedBy: family.matchedBy, peopleCreated: family.peopleCreated },
    });
    return { children };
  });
}
