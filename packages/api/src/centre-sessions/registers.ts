import { activeBookingsOfSessions, attendanceOfSessions, childrenOfBookings, getOpenAccessSession, listCentreSessions, type Db } from "@hearth/db";
import { ageInYearsAndMonths, describeAge, type CentreDay } from "@hearth/domain";
import type { Context } from "../context";
import type { SessionRow } from "../bookings/session-view";
import { audit } from "../trpc";
import { staffSession } from "./staff-view";

type AttendanceMark = "attended" | "did_not_attend" | null;

function child(person: { personId: string; firstName: string; lastName: string; dateOfBirth: string }, sessionDate: string, mark: AttendanceMark) {
  const age = ageInYearsAndMonths(person.dateOfBirth, sessionDate);
  return {
    personId: person.personId,
    firstName: person.firstName,
    lastName: person.lastName,
    dateOfBirth: person.dateOfBirth,
    age: age ? describeAge(age) : "",
    attendance: mark,
  };
}

/**
 * Registers for sessions: who is booked (with their children and any attendance mark), who is
 * waiting in order, and who walked in. Carers' contact details are there so staff can ring a
 * family on the day. The family ids come back for the audit trail.
 */
async function buildRegisters(db: Db, sessions: SessionRow[]) {
  const ids = sessions.map((s) => s.id);
  const active = await activeBookingsOfSessions(db, ids);
  const marks = await attendanceOfSessions(db, ids);
  const children = await childrenOfBookings(
    db,
    active.map((b) => b.id),
  );
  const markOf = (sessionId: string, personId: string): AttendanceMark =>
    marks.find((m) => m.sessionId === sessionId && m.personId === personId)?.status ?? null;

  const registers = sessions.map((session) => {
    const bookingRow = (b: (typeof active)[number]) => ({
      bookingId: b.id,
      reference: b.reference,
      carerName: b.carerName,
      mobile: b.mobile,
      email: b.email,
      places: b.places,
      children: children.filter((c) => c.bookingId === b.id).map((c) => child(c, session.date, markOf(session.id, c.personId))),
    });
    const ofSession = active.filter((b) => b.sessionId === session.id);
    const sessionMarks = marks.filter((m) => m.sessionId === session.id);
    return {
      session: staffSession(session),
      booked: ofSession.filter((b) => b.status === "booked").map(bookingRow),
      waitingList: ofSession.filter((b) => b.status === "waitlisted").map((b, i) => ({ position: i + 1, ...bookingRow(b) })),
      walkIns: sessionMarks.filter((m) => m.walkIn).map((m) => child(m, session.date, m.status)),
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
export async function centreDay(ctx: Context, input: CentreDay) {
  return ctx.db.transaction(async (tx) => {
    const sessions = await listCentreSessions(tx, { centreId: input.centreId, from: input.date, to: input.date });
    const { registers, familyIds } = await buildRegisters(tx, sessions);
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
export async function sessionRegister(ctx: Context, sessionId: string) {
  return ctx.db.transaction(async (tx) => {
    const session = (await getOpenAccessSession(tx, sessionId))!;
    const { registers, familyIds } = await buildRegisters(tx, [session]);
    await audit(ctx, tx, {
      action: "open_access_session.register.read",
      entityType: "open_access_session",
      entityId: sessionId,
      detail: { familyIds },
    });
    return { ...registers[0]!, centre: { ...session.centre }, printedAt: ctx.now().toISOString() };
  });
}
