import { eq } from "drizzle-orm";
import { schema } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookingInput, centreIdOf, daysFromToday, newSession, sessionTypeIdOf } from "./booking-support";
import { auditRows, client, rejection, signedInAs, type Client } from "./support";

/** Centre staff running sessions: scope, registers, check-in, series, cancellations and reach. */
let t: TestDatabase;
let staff: Client; // Blackbird Leys (Central)
let manager: Client; // Banbury (North)
let leys: string;
let banbury: string;
let bicester: string;
let stayPlay: string;
beforeAll(async () => {
  t = await createTestDatabase({ max: 10 });
  staff = await signedInAs(t.db, "centre_staff");
  manager = await signedInAs(t.db, "centre_manager");
  leys = await centreIdOf(t.db, "blackbird-leys");
  banbury = await centreIdOf(t.db, "banbury");
  bicester = await centreIdOf(t.db, "bicester");
  stayPlay = await sessionTypeIdOf(t.db, "stay_play_learn");
});
afterAll(() => t.destroy());

const family = () => client(t.db, { ip: "198.51.100.20" }).call();
/** A signed-in client whose clock reads `at`: staff take the register on the day of the session. */
const staffAt = async (role: "centre_staff" | "centre_manager", at: Date) => (await signedInAs(t.db, role, { now: () => at })).call();

describe("who may run which centre's sessions", () => {
  it("refuses another centre's register with FORBIDDEN, and audits the refusal", async () => {
    const banburySession = await newSession(t.db, { capacity: 5, centre: "banbury" });
    const refused = (await staff.call()).centreSessions.register({ sessionId: banburySession });
    await expect(refused).rejects.toMatchObject({ code: "FORBIDDEN" });
    const [last] = (await auditRows(t.db)).slice(-1);
    expect(last).toMatchObject({ outcome: "denied", actorRole: "centre_staff", entityType: "open_access_session", entityId: banburySession });
  });

  it("lets a centre manager run every centre in their area, and no other", async () => {
    const bicesterSession = await newSession(t.db, { capacity: 5, centre: "bicester" });
    const leysSession = await newSession(t.db, { capacity: 5, centre: "blackbird-leys" });
    await expect((await manager.call()).centreSessions.register({ sessionId: bicesterSession })).resolves.toMatchObject({ booked: [] });
    await expect((await manager.call()).centreSessions.register({ sessionId: leysSession })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect((await manager.call()).centreSessions.list({ centreId: leys, from: daysFromToday(0), to: daysFromToday(7) })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect((await staff.call()).centreSessions.register({ sessionId: "00000000-0000-4000-8000-000000000000" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("sessions and series", () => {
  it("creates a session families can then find and book", async () => {
    const date = daysFromToday(5);
    const created = await (
      await staff.call()
    ).centreSessions.create({
      centreId: leys,
      sessionTypeId: stayPlay,
      title: "Messy play",
      date,
      startTime: "13:30",
      endTime: "15:00",
      capacity: 8,
    });
    expect(created).toMatchObject({ title: "Messy play", date, startTime: "13:30", endTime: "15:00", placesLeft: 8, status: "scheduled" });
    const found = await (await family()).sessions.search({ centreId: leys, from: date, to: date });
    expect(found.map((s) => s.id)).toContain(created.id);
  });

  it("refuses a session in the past or on a day the centre is closed", async () => {
    const api = await staff.call();
    const base = { centreId: leys, sessionTypeId: stayPlay, title: "Stay and play", startTime: "10:00", endTime: "11:00", capacity: 8 };
    expect(await rejection(api.centreSessions.create({ ...base, date: daysFromToday(-2) }))).toEqual({
      code: "BAD_REQUEST",
      fields: { date: ["The session must start in the future"] },
    });
    const closedDay = daysFromToday(40);
    await api.centreSessions.closures.create({ centreId: leys, from: closedDay, to: closedDay, reason: "Staff training", sessions: "cancel" });
    expect(await rejection(api.centreSessions.create({ ...base, date: closedDay }))).toEqual({
      code: "BAD_REQUEST",
      fields: { date: ["The centre is closed on this day: Staff training"] },
    });
  });

  it("makes a weekly series that skips bank holidays and closures", async () => {
    const api = await staff.call();
    // Mondays 22 May to 12 June 2028: 29 May is the spring bank holiday, 5 June a closure.
    await api.centreSessions.closures.create({ centreId: leys, from: "2028-06-05", to: "2028-06-05", reason: "Building work", sessions: "cancel" });
    const series = await api.centreSessions.createSeries({
      centreId: leys,
      sessionTypeId: stayPlay,
      title: "Monday stay and play",
      firstDate: "2028-05-22",
      lastDate: "2028-06-12",
      startTime: "09:30",
      endTime: "11:00",
      capacity: 10,
    });
    expect(series.sessionsCreated).toBe(2);
    expect(series.skipped).toEqual([
      { date: "2028-05-29", reason: "bank_holiday", detail: "Spring bank holiday" },
      { date: "2028-06-05", reason: "centre_closed", detail: "Building work" },
    ]);
    const sessions = await api.centreSessions.list({ centreId: leys, from: "2028-05-22", to: "2028-06-12" });
    expect(sessions.filter((s) => s.seriesId === series.seriesId).map((s) => s.date)).toEqual(["2028-05-22", "2028-06-12"]);

    const changed = await api.centreSessions.updateSeries({ seriesId: series.seriesId, startTime: "10:00", endTime: "11:30", capacity: 12 });
    expect(changed.sessionsChanged).toBe(2);
    const after = await api.centreSessions.list({ centreId: leys, from: "2028-05-22", to: "2028-06-12" });
    expect(after.filter((s) => s.seriesId === series.seriesId).map((s) => [s.startTime, s.capacity])).toEqual([
      ["10:00", 12],
      ["10:00", 12],
    ]);

    const cancelled = await api.centreSessions.cancelSeries({ seriesId: series.seriesId, reason: "Timetable change" });
    expect(cancelled.sessionsCancelled).toBe(2);
  });

  it("cancelling a session cancels its bookings and leaves a message for every family", async () => {
    const sessionId = await newSession(t.db, { capacity: 1 });
    const booked = await (await family()).bookings.create(bookingInput(sessionId));
    const waiting = await (await family()).bookings.create(bookingInput(sessionId));
    const result = await (await staff.call()).centreSessions.cancel({ sessionId, reason: "Heating failure" });
    expect(result).toMatchObject({ familiesTold: 2, session: { status: "cancelled", bookedCount: 0, waitlistCount: 0 } });
    for (const b of [booked, waiting]) expect((await (await family()).bookings.manage.get({ token: b.manageToken! })).status).toBe("cancelled");
    const messages = await t.db.select().from(schema.familyMessageOutbox).where(eq(schema.familyMessageOutbox.sessionId, sessionId));
    expect(messages.filter((m) => m.kind === "session_cancelled")).toHaveLength(2);
    expect((await rejection((await family()).bookings.create(bookingInput(sessionId)))).fields.sessionId).toEqual([
      "This session has been cancelled. Choose another session.",
    ]);
  });

  it("will not shrink a session below its bookings, and offers added places to the waiting list", async () => {
    const sessionId = await newSession(t.db, { capacity: 2 });
    for (let i = 0; i < 3; i++) await (await family()).bookings.create(bookingInput(sessionId));
    const api = await staff.call();
    expect(await rejection(api.centreSessions.update({ sessionId, capacity: 1 }))).toEqual({
      code: "BAD_REQUEST",
      fields: { capacity: ["2 places are already booked, so the session needs at least that many"] },
    });
    const raised = await api.centreSessions.update({ sessionId, capacity: 3 });
    expect(raised).toMatchObject({ promoted: 1, session: { bookedCount: 3, waitlistCount: 0 } });
  });

  it("lets staff cancel a booking for a family who rang, promoting the next", async () => {
    const sessionId = await newSession(t.db, { capacity: 1 });
    await (await family()).bookings.create(bookingInput(sessionId));
    const second = await (await family()).bookings.create(bookingInput(sessionId));
    const register = await (await staff.call()).centreSessions.register({ sessionId });
    const result = await (
      await staff.call()
    ).centreSessions.cancelBooking({ bookingId: register.booked[0]!.bookingId, reason: "Parent rang: child unwell" });
    expect(result).toEqual({ cancelled: true, promoted: 1 });
    expect((await (await family()).bookings.manage.get({ token: second.manageToken! })).status).toBe("booked");
  });
});

describe("screens for closures, cancelling for a family and previewing a series", () => {
  it("previews a series: the weeks it makes and the weeks it skips with why, exactly as saving would", async () => {
    const api = await staff.call();
    // Mondays 21 August to 11 September 2028: 28 August is the summer bank holiday, 4 September a closure.
    await api.centreSessions.closures.create({
      centreId: leys,
      from: "2028-09-04",
      to: "2028-09-04",
      reason: "Boiler replacement",
      sessions: "cancel",
    });
    const dates = { centreId: leys, firstDate: "2028-08-21", lastDate: "2028-09-11" };
    const preview = await api.centreSessions.previewSeries(dates);
    expect(preview).toEqual({
      dates: ["2028-08-21", "2028-09-11"],
      skipped: [
        { date: "2028-08-28", reason: "bank_holiday", detail: "Summer bank holiday" },
        { date: "2028-09-04", reason: "centre_closed", detail: "Boiler replacement" },
      ],
    });
    const saved = await api.centreSessions.createSeries({
      ...dates,
      sessionTypeId: stayPlay,
      title: "Previewed",
      startTime: "10:00",
      endTime: "11:00",
      capacity: 5,
    });
    expect(saved.skipped).toEqual(preview.skipped);
    expect(saved.sessionsCreated).toBe(preview.dates.length);
    expect(await rejection(api.centreSessions.previewSeries({ ...dates, lastDate: "2028-08-01" }))).toMatchObject({
      fields: { lastDate: ["The last date must be on or after the first date"] },
    });
    await expect((await manager.call()).centreSessions.previewSeries(dates)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("removes a closure of the centre's own, audited; another centre's is FORBIDDEN", async () => {
    const api = await staff.call();
    const day = daysFromToday(60);
    const made = await api.centreSessions.closures.create({ centreId: leys, from: day, to: day, reason: "Polling station", sessions: "cancel" });
    expect((await api.centreSessions.closures.list({ centreId: leys })).map((c) => c.id)).toContain(made.closureId);

    await expect((await manager.call()).centreSessions.closures.remove({ closureId: made.closureId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await api.centreSessions.closures.remove({ closureId: made.closureId })).toEqual({ removed: true });
    expect((await api.centreSessions.closures.list({ centreId: leys })).map((c) => c.id)).not.toContain(made.closureId);
    expect((await auditRows(t.db)).at(-1)).toMatchObject({ action: "centre_closure.remove", entityId: made.closureId, outcome: "allowed" });
    await expect(api.centreSessions.closures.remove({ closureId: made.closureId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The day is open again: a session can be put on it.
    await api.centreSessions.create({
      centreId: leys,
      sessionTypeId: stayPlay,
      title: "Back on",
      date: day,
      startTime: "10:00",
      endTime: "11:00",
      capacity: 5,
    });
  });

  it("cancels a booking for a family only with a reason, records the reason and tells the family", async () => {
    const sessionId = await newSession(t.db, { capacity: 5 });
    const made = await (await family()).bookings.create(bookingInput(sessionId));
    const [booking] = await t.db.select().from(schema.bookings).where(eq(schema.bookings.reference, made.reference));
    const api = await staff.call();
    expect(await rejection(api.centreSessions.cancelBooking({ bookingId: booking!.id, reason: " " }))).toMatchObject({
      code: "BAD_REQUEST",
      fields: { reason: ["Say why the booking is cancelled, like ‘Parent rang: child unwell’"] },
    });
    await api.centreSessions.cancelBooking({ bookingId: booking!.id, reason: "Parent rang: moving house" });
    expect((await auditRows(t.db)).at(-1)).toMatchObject({
      action: "booking.cancel",
      entityId: booking!.id,
      detail: expect.objectContaining({ reason: "Parent rang: moving house" }),
    });
    const told = await t.db.select().from(schema.familyMessageOutbox).where(eq(schema.familyMessageOutbox.bookingId, booking!.id));
    expect(told.map((m) => m.kind)).toContain("booking_cancelled");
  });
});

describe("the register on the day", () => {
  it("shows who is booked and waiting, takes check-ins and walk-ins, and counts reach", async () => {
    const date = daysFromToday(4);
    const sessionId = await newSession(t.db, { capacity: 2, date, startTime: "10:00", endTime: "11:30" });
    const amira = bookingInput(sessionId, { postcode: "OX4 6QB", children: [{ firstName: "Amira", dateOfBirth: "2023-01-10", send: false }] });
    const ben = bookingInput(sessionId, { postcode: "OX14 3AA", children: [{ firstName: "Ben", dateOfBirth: "2024-06-01", send: false }] });
    await (await family()).bookings.create(amira);
    await (await family()).bookings.create(ben);
    await (await family()).bookings.create(bookingInput(sessionId));

    const early = await staff.call();
    expect(
      await rejection(early.centreSessions.checkIn({ sessionId, personId: "00000000-0000-4000-8000-000000000000", status: "attended" })),
    ).toEqual({
      code: "BAD_REQUEST",
      fields: { sessionId: ["The register opens on the day of the session"] },
    });

    const onTheDay = await staffAt("centre_staff", new Date(`${date}T10:05:00Z`));
    const day = await onTheDay.centreSessions.day({ centreId: leys, date });
    const session = day.sessions.find((s) => s.session.id === sessionId)!;
    expect(session.booked.map((b) => b.children[0]!.firstName).sort()).toEqual(["Amira", "Ben"]);
    expect(session.waitingList).toHaveLength(1);
    expect(session.booked[0]!.children[0]!.age).toMatch(/year/);
    const dayAudit = (await auditRows(t.db)).filter((r) => r.action === "centre.day.read").at(-1)!;
    expect((dayAudit.detail as { familyIds: string[] }).familyIds).toHaveLength(3);

    const amiraId = session.booked.flatMap((b) => b.children).find((c) => c.firstName === "Amira")!.personId;
    const benId = session.booked.flatMap((b) => b.children).find((c) => c.firstName === "Ben")!.personId;
    await onTheDay.centreSessions.checkIn({ sessionId, personId: amiraId, status: "attended" });
    await onTheDay.centreSessions.checkIn({ sessionId, personId: benId, status: "did_not_attend" });
    const walkIn = await onTheDay.centreSessions.walkIn({
      sessionId,
      carerName: "Priya Shah",
      postcode: "OX4 2AB",
      children: [{ firstName: "Kavi", dateOfBirth: "2019-02-01", send: false }],
    });
    expect(walkIn.children).toEqual([expect.objectContaining({ firstName: "Kavi", walkIn: true })]);

    const register = await onTheDay.centreSessions.register({ sessionId });
    expect(register.totals).toEqual({ attended: 2, didNotAttend: 1, walkIns: 1 });
    expect(register.walkIns.map((w) => w.firstName)).toEqual(["Kavi"]);
    expect(
      register.booked
        .flatMap((b) => b.children)
        .map((c) => [c.firstName, c.attendance])
        .sort(),
    ).toEqual([
      ["Amira", "attended"],
      ["Ben", "did_not_attend"],
    ]);

    const month = date.slice(0, 7);
    const reach = await onTheDay.centreSessions.reach({ centreId: leys, fromMonth: month, toMonth: month });
    const figures = reach.months[0]!;
    expect(figures).toMatchObject({
      attendances: 2,
      childrenSeen: 2,
      childrenUnder5: 1,
      childrenFromReachArea: 2,
      shareUnder5: 0.5,
      shareFromReachArea: 1,
    });
    expect(figures.familiesRegistered).toBeGreaterThanOrEqual(4);
    expect(reach.csv.split("\r\n")[0]).toBe(
      "Centre,Month,Families registered,Attendances,Children seen,Children under 5,Share under 5,Children from reach area,Share from reach area",
    );
  });

  it("refuses to check in a child who is not on the session", async () => {
    const date = daysFromToday(6);
    const sessionId = await newSession(t.db, { capacity: 2, date });
    const other = await newSession(t.db, { capacity: 2, date, startTime: "13:00", endTime: "14:00" });
    await (await family()).bookings.create(bookingInput(other, { children: [{ firstName: "Elsewhere", dateOfBirth: "2023-03-03", send: false }] }));
    const [child] = await t.db.select().from(schema.people).where(eq(schema.people.firstName, "Elsewhere"));
    const api = await staffAt("centre_staff", new Date(`${date}T10:30:00Z`));
    expect(await rejection(api.centreSessions.checkIn({ sessionId, personId: child!.id, status: "attended" }))).toEqual({
      code: "BAD_REQUEST",
      fields: { personId: ["This child is not booked on this session: register them as a walk-in"] },
    });
  });
});

describe("reach for a data officer", () => {
  it("is readable county-wide, but the register is not", async () => {
    const officer = await (await signedInAs(t.db, "data_officer")).call();
    await expect(officer.centreSessions.reach({ centreId: bicester, fromMonth: "2026-01", toMonth: "2026-12" })).resolves.toMatchObject({
      months: expect.any(Array),
    });
    await expect(officer.centreSessions.day({ centreId: banbury, date: daysFromToday(1) })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
