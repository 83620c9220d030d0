import { activeBookingsOfSessions, attendanceOfSessions, childrenOfBookings, getOpenAccessSession, listCentreSessions, type Db } from "@hearth/db";
import { ageInYearsAndMonths, describeAge, type CentreDay } from "@hearth/domain";
import type { ScopedContext } from "../context";
import type { SessionRow } from "../bookings/session-view";
import { bookingsHidingChildren, hiddenFromReader, shownPerson } from "../record-access/restricted-in-lists";
import { audit } from "../trpc";
import { staffSession } from "./staff-view";

type AttendanceMark = "attended" | "did_not_attend" | null;

function child(
  listed: { personId: string; firstName: string; lastName: string; dateOfBirth: string },
  hidden: Map<string, string>,
  sessionDate: string,
  mark: AttendanceMark,
) {
  const person = shownPerson(listed, hidden);
  const age = person.restricted ? null : ageInYearsAndMonths(person.dateOfBirth, sessionDate);
  return {
    personId: person.personId,
    firstName: person.firstName,
    lastName: person.lastName,
    dateOfBirth: person.dateOfBirth,
    age: age ? describeAge(age) : "",
    attendance: mark,
    restricted: person.restricted,
  };
}

/**
 * Registers for sessions: who is booked (with their children and any attendance mark), who is
 * waiting in order, and who walked in. Carers' contact details are there so staff can ring a
 * family on the day. The family ids come back for the audit trail.
 */
async function buildRegisters(ctx: ScopedContext, db: Db, sessions: SessionRow[]) {
  const ids = sessions.map((s) => s.id);
  const active = await activeBookingsOfSessions(db, ids);
  const marks = await attendanceOfSessions(db, ids);
  const children = await childrenOfBookings(
    db,
    active.map((b) => b.id),
  );
  // A restricted child is on the register as "Restricted record: contact …" for staff not named on
  // it, and so is the carer who booked them.
  const hidden = await hiddenFromReader(ctx, db, [...children.map((c) => c.personId), ...marks.map((m) => m.personId)]);
  const hiddenBookings = await bookingsHidingChildren(
    ctx,
    db,
    active.map((b) => b.id),
  );
  const markOf = (sessionId: string, personId: string): AttendanceMark =>
    marks.find((m) => m.sessionId === sessionId && m.personId === personId)?.status ?? null;

  const registers = sessions.map((session) => {
    const bookingRow = (b: (typeof active)[number]) => {
      const hiddenCarer = hiddenBookings.get(b.id);
      return {
        bookingId: b.id,
        reference: b.reference,
        carerName: hiddenCarer ?? b.carerName,
        mobile: hiddenCarer === undefined ? b.mobile : null,
        email: hiddenCarer === undefined ? b.email : null,
        places: b.places,
        restricted: hiddenCarer !== undefined,
        children: children.filter((c) => c.bookingId === b.id).map((c) => child(c, hidden, session.date, markOf(session.id, c.personId))),
      };
    };
    const ofSession = active.filter((b) => b.sessionId === session.id);
    const sessionMarks = marks.filter((m) => m.sessionId === session.id);
    return {
      session: staffSession(session),
      booked: ofSession.filter((b) => b.status === "booked").map(bookingRow),
      waitingList: ofSession.filter((b) => b.status === "waitlisted").map((b, i) => ({ position: i + 1, ...bookingRow(b) })),
      walkIns: sessionMarks.filter((m) => m.walkIn).map((m) => child(m, hidden, session.date, m.status)),
      totals: {
        attended: sessionMarks.filter((m) => m.status === "attended").length,
        didNotAttend: sessionMarks.filter((m) => m.status === "did_not_attend").length,
        walkIns: sessionMarks.filter((m) => m.walkIn).length,
      },
    };
  });
  const familyIds = [...new Set([...active.map((b) => b.familyId), ...marks.map((m) => m.familyId).filter((id): id is string => id !== null)])];
  return { registers, familyIds };
}
export type SessionRegister = Awaited<ReturnType<typeof buildRegisters>>["registers"][number];

/** The day's sessions at a centre with bookings and waiting lists; one audit event names every family shown. */
export async function centreDay(ctx: ScopedContext, input: CentreDay) {
  return ctx.db.transaction(async (tx) => {
    const sessions = await listCentreSessions(tx, { centreId: input.centreId, from: input.date, to: input.date });
    const { registers, familyIds } = await buildRegisters(ctx, tx, sessions);
    await audit(ctx, tx, {
      action: "centre.day.read",
      entityType: "centre",
      entityId: input.centreId,
      detail: { date: input.date, sessionIds: sessions.map((s) => s.id), familyIds },
    });
    return { date: input.date, sessions: registers };
  });
}

/** One session's register, to print or to take on a tablet. */
export async function sessionRegister(ctx: ScopedContext, sessionId: string) {
  return ctx.db.transaction(async (tx) => {
    const session = (await getOpenAccessSession(tx, sessionId))!;
    const { registers, familyIds } = await buildRegisters(ctx, tx, [session]);
    await audit(ctx, tx, {
      action: "open_access_session.register.read",
      entityType: "open_access_session",
      entityId: sessionId,
      detail: { familyIds },
    });
    return { ...registers[0]!, centre: { ...session.centre }, printedAt: ctx.now().toISOString() };
  });
}
