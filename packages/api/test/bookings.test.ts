import { randomUUID } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { newToken, rawRows, schema } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookingInput, daysFromToday, mondayAfterNext, newSession } from "./booking-support";
import { auditRows, client, rejection, signedInAs } from "./support";

/** Families booking open-access sessions through the public procedures, on real PostgreSQL. */
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ max: 20 });
});
afterAll(() => t.destroy());

const api = (ip = "198.51.100.10", now?: () => Date) => client(t.db, { ip, now }).call();

async function sessionRow(sessionId: string) {
  const [row] = await t.db.select().from(schema.openAccessSessions).where(eq(schema.openAccessSessions.id, sessionId));
  return row!;
}
async function bookingRows(sessionId: string) {
  return t.db.select().from(schema.bookings).where(eq(schema.bookings.sessionId, sessionId));
}

describe("booking a session", () => {
  it("never sells a place twice: capacity N, 10×N families at once, exactly N booked", async () => {
    const capacity = 4;
    const sessionId = await newSession(t.db, { capacity });
    const answers = await Promise.all(
      Array.from({ length: capacity * 10 }, async (_, i) => (await api(`203.0.113.${i + 1}`)).bookings.create(bookingInput(sessionId))),
    );
    expect(answers.filter((a) => a.status === "booked")).toHaveLength(capacity);
    expect(answers.filter((a) => a.status === "waitlisted")).toHaveLength(capacity * 9);
    const rows = await bookingRows(sessionId);
    const session = await sessionRow(sessionId);
    expect(rows).toHaveLength(capacity * 10);
    expect(session.bookedCount).toBe(capacity);
    expect(rows.filter((b) => b.status === "booked").reduce((n, b) => n + b.places, 0)).toBe(session.bookedCount);
    expect(session.waitlistCount).toBe(capacity * 9);
    // The queue positions handed out are 1…9N, each once.
    const positions = answers
      .map((a) => a.waitlistPosition)
      .filter((p) => p !== null)
      .sort((a, b) => a - b);
    expect(positions).toEqual(Array.from({ length: capacity * 9 }, (_, i) => i + 1));
  });

  it("books families arriving together in shared transactions, and still answers each on its own", async () => {
    const sessionId = await newSession(t.db, { capacity: 10 });
    const booked = bookingInput(sessionId);
    await (await api()).bookings.create(booked);
    const doubleSubmit = bookingInput(sessionId);
    const others = Array.from({ length: 24 }, () => bookingInput(sessionId));
    const attempts = [...others.slice(0, 12), { ...booked, idempotencyKey: randomUUID() }, doubleSubmit, ...others.slice(12), doubleSubmit];
    const calls = attempts.map(async (input, i) => (await api(`203.0.113.${100 + i}`)).bookings.create(input));
    const settled = await Promise.allSettled(calls);
    // The family already booked is told so; nothing else is refused.
    expect(settled.filter((a) => a.status === "rejected")).toHaveLength(1);
    expect(await rejection(calls[12]!)).toMatchObject({ code: "CONFLICT" });
    // The double submit made one booking, and both its answers name it.
    const double = [settled[13], settled.at(-1)].map((a) => (a?.status === "fulfilled" ? a.value : null));
    expect(double[0]!.reference).toBe(double[1]!.reference);
    expect(double.map((a) => a!.alreadyMade).sort()).toEqual([false, true]);
    // 1 + 24 + 1 families: the 10 places taken, the other 16 waiting in the order they were placed.
    const rows = await bookingRows(sessionId);
    expect(rows).toHaveLength(26);
    const session = await sessionRow(sessionId);
    expect(session.bookedCount).toBe(10);
    expect(rows.filter((b) => b.status === "booked")).toHaveLength(10);
    expect(session.waitlistCount).toBe(16);
    // Group commit did happen: some bookings share the transaction that wrote them.
    const [written] = await rawRows<{ transactions: number }>(
      t.db,
      sql`select count(distinct xmin::text)::int as transactions from bookings where session_id = ${sessionId}::uuid`,
    );
    expect(written!.transactions).toBeLessThan(rows.length);
  });

  it("gives a reference and a manage link, and links a new family as self-registered", async () => {
    const sessionId = await newSession(t.db, { capacity: 10 });
    const answer = await (await api()).bookings.create(bookingInput(sessionId));
    expect(answer).toMatchObject({ status: "booked", waitlistPosition: null, alreadyMade: false });
    expect(answer.reference).toMatch(/^HB-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(answer.manageToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(answer.session).toMatchObject({ placesLeft: 9, full: false, bookable: true });
    const [booking] = await bookingRows(sessionId);
    const [family] = await t.db.select().from(schema.families).where(eq(schema.families.id, booking!.familyId));
    expect(family!.source).toBe("self_registered");
    const audit = (await auditRows(t.db)).filter((r) => r.action === "booking.create" && r.entityId === family!.id);
    expect(audit).toEqual([expect.objectContaining({ entityType: "family", actorStaffId: null, ip: "198.51.100.10" })]);
  });

  it("makes one booking from a double-submitted form", async () => {
    const sessionId = await newSession(t.db, { capacity: 10 });
    const input = bookingInput(sessionId);
    const [first, second] = await Promise.all([(await api()).bookings.create(input), (await api()).bookings.create(input)]);
    expect(first.reference).toBe(second.reference);
    expect([first.alreadyMade, second.alreadyMade].sort()).toEqual([false, true]);
    expect([first.manageToken, second.manageToken].filter(Boolean)).toHaveLength(1);
    expect(await bookingRows(sessionId)).toHaveLength(1);
    expect((await sessionRow(sessionId)).bookedCount).toBe(1);
  });

  it("links the booking to the family already in the person index", async () => {
    const admin = await (await signedInAs(t.db, "admin")).call();
    const created = await admin.people.create({ firstName: "Zara", lastName: "Khan", dateOfBirth: "2023-01-20", postcode: "OX4 4XY" });
    if (created.status !== "created") throw new Error("expected a new person");
    const family = await admin.families.create({
      name: "Khan family",
      postcode: "OX4 4XY",
      members: [{ personId: created.person.id, role: "child" }],
    });
    const sessionId = await newSession(t.db, { capacity: 10 });
    await (
      await api()
    ).bookings.create(bookingInput(sessionId, { postcode: "ox4 4xy", children: [{ firstName: "zara", dateOfBirth: "2023-01-20", send: false }] }));
    const [booking] = await bookingRows(sessionId);
    expect(booking!.familyId).toBe(family.id);
    const [child] = await t.db.select().from(schema.bookingChildren).where(eq(schema.bookingChildren.bookingId, booking!.id));
    expect(child!.personId).toBe(created.person.id);
  });

  it("refuses a cancelled or past session, saying why", async () => {
    const cancelled = await newSession(t.db, { capacity: 5 });
    await t.db.update(schema.openAccessSessions).set({ status: "cancelled" }).where(eq(schema.openAccessSessions.id, cancelled));
    expect(await rejection((await api()).bookings.create(bookingInput(cancelled)))).toEqual({
      code: "BAD_REQUEST",
      fields: { sessionId: ["This session has been cancelled. Choose another session."] },
    });
    const past = await newSession(t.db, { capacity: 5, date: daysFromToday(-1) });
    expect(await rejection((await api()).bookings.create(bookingInput(past)))).toEqual({
      code: "BAD_REQUEST",
      fields: { sessionId: ["This session has already started. Choose another session."] },
    });
    expect([...(await bookingRows(cancelled)), ...(await bookingRows(past))]).toHaveLength(0);
  });

  it("tells a family which child is too old or too young, and why", async () => {
    const sessionId = await newSession(t.db, { capacity: 5, date: "2027-03-10" });
    const input = bookingInput(sessionId, {
      children: [
        { firstName: "Tilly", dateOfBirth: "2024-03-15", send: false },
        { firstName: "Oscar", dateOfBirth: "2022-03-10", send: false },
      ],
    });
    expect(await rejection((await api()).bookings.create(input))).toEqual({
      code: "BAD_REQUEST",
      fields: { "children.1.dateOfBirth": ["Oscar is too old for Stay, play and learn on 10 March 2027: it is for ages under 5"] },
    });
    const youth = await newSession(t.db, { capacity: 5, type: "youth_session", date: "2027-03-10" });
    expect(await rejection((await api()).bookings.create(bookingInput(youth)))).toMatchObject({
      fields: { "children.0.dateOfBirth": [expect.stringMatching(/is too young for Youth session/)] },
    });
    expect(await bookingRows(sessionId)).toHaveLength(0);
  });

  it("checks every field and says what to fix", async () => {
    const sessionId = await newSession(t.db, { capacity: 5 });
    const bad = await rejection(
      (await api()).bookings.create({ ...bookingInput(sessionId), carerName: "", mobile: "12345", postcode: "XX", children: [] }),
    );
    expect(bad.code).toBe("BAD_REQUEST");
    expect(bad.fields).toMatchObject({
      carerName: ["Enter your full name"],
      mobile: ["Enter a UK mobile number, like 07700 900123"],
      postcode: ["Enter a real postcode, like OX4 6QB"],
      children: ["Add at least one child"],
    });
  });
});

describe("fair use", () => {
  it("stops one family holding more than the limit of one kind of session in a week", async () => {
    const monday = mondayAfterNext();
    const days = [0, 1, 2, 3].map((d) => new Date(Date.parse(monday) + d * 86_400_000).toISOString().slice(0, 10));
    const sessions = await Promise.all(days.map((date) => newSession(t.db, { capacity: 10, date })));
    const family = bookingInput(sessions[0]!);
    const c = await api();
    for (const sessionId of sessions.slice(0, 3))
      expect((await c.bookings.create({ ...family, sessionId, idempotencyKey: randomUUID() })).status).toBe("booked");
    const refused = await rejection(c.bookings.create({ ...family, sessionId: sessions[3]!, idempotencyKey: randomUUID() }));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.fields.sessionId?.[0]).toMatch(/^You already have 3 stay, play and learn bookings in the week starting Monday/);
    // Another week is fine.
    const nextWeek = await newSession(t.db, { capacity: 10, date: new Date(Date.parse(monday) + 7 * 86_400_000).toISOString().slice(0, 10) });
    expect((await c.bookings.create({ ...family, sessionId: nextWeek, idempotencyKey: randomUUID() })).status).toBe("booked");
  });

  it("counts a family's bookings made at the same moment", async () => {
    const monday = mondayAfterNext();
    const days = [0, 1, 2, 3, 4, 5].map((d) => new Date(Date.parse(monday) + d * 86_400_000).toISOString().slice(0, 10));
    const sessions = await Promise.all(days.map((date) => newSession(t.db, { capacity: 10, date })));
    const family = bookingInput(sessions[0]!);
    await (await api()).bookings.create(family);
    // The same family (the same child at the same postcode) books five more sessions at once.
    const answers = await Promise.all(
      sessions
        .slice(1)
        .map(async (sessionId, i) =>
          (await api(`192.0.2.${i + 1}`)).bookings.create({ ...family, sessionId, idempotencyKey: randomUUID() }).catch((error: unknown) => error),
        ),
    );
    // A limit of 3 a week: two more are booked, three refused.
    expect(answers.filter((a) => a instanceof Error)).toHaveLength(3);
    const held = await t.db.select().from(schema.bookings).where(inArray(schema.bookings.sessionId, sessions));
    expect(held).toHaveLength(3);
    expect(new Set(held.map((b) => b.familyId)).size).toBe(1);
  });

  it("does not let a family book the same session twice", async () => {
    const sessionId = await newSession(t.db, { capacity: 10 });
    const family = bookingInput(sessionId);
    await (await api()).bookings.create(family);
    const again = await rejection((await api()).bookings.create({ ...family, idempotencyKey: randomUUID() }));
    expect(again).toEqual({
      code: "CONFLICT",
      fields: { sessionId: ["You have already booked this session. Use the link in your confirmation to add a child."] },
    });
  });
});

describe("managing a booking through its link", () => {
  it("cancels, and the next family waiting gets the place in the same transaction", async () => {
    const sessionId = await newSession(t.db, { capacity: 1 });
    const first = await (await api()).bookings.create(bookingInput(sessionId));
    const second = await (await api()).bookings.create(bookingInput(sessionId));
    expect([first.status, second.status, second.waitlistPosition]).toEqual(["booked", "waitlisted", 1]);
    const cancelled = await (await api()).bookings.manage.cancel({ token: first.manageToken! });
    expect(cancelled).toMatchObject({ status: "cancelled", canChange: false });
    const promoted = await (await api()).bookings.manage.get({ token: second.manageToken! });
    expect(promoted).toMatchObject({ status: "booked", waitlistPosition: null, session: { placesLeft: 0 } });
    const messages = await t.db.select().from(schema.familyMessageOutbox).where(eq(schema.familyMessageOutbox.sessionId, sessionId));
    expect(messages.map((m) => m.kind).sort()).toEqual(["booking_cancelled", "booking_confirmed", "booking_waitlisted", "waitlist_place_offered"]);
    expect(messages.find((m) => m.kind === "waitlist_place_offered")!.bookingId).not.toBe(
      messages.find((m) => m.kind === "booking_cancelled")!.bookingId,
    );
  });

  it("audits every read through a link: a view, a cancel and a second cancel each write a row", async () => {
    const sessionId = await newSession(t.db, { capacity: 5 });
    const booking = await (await api()).bookings.create(bookingInput(sessionId));
    const [row] = await t.db.select().from(schema.bookings).where(eq(schema.bookings.reference, booking.reference));
    const reads = async () => (await auditRows(t.db)).filter((r) => r.entityId === row!.id && r.action === "booking.read").length;
    await (await api()).bookings.manage.get({ token: booking.manageToken! });
    expect(await reads()).toBe(1);
    await (await api()).bookings.manage.cancel({ token: booking.manageToken! });
    expect(await reads()).toBe(2);
    // The second cancel changes nothing but still shows the family's details: audited too.
    const again = await (await api()).bookings.manage.cancel({ token: booking.manageToken! });
    expect(again).toMatchObject({ status: "cancelled", carerName: expect.any(String) });
    expect(await reads()).toBe(3);
  });

  it("opens with a valid token and answers every bad one with 'This link is not valid' alone", async () => {
    const sessionId = await newSession(t.db, { capacity: 5, date: daysFromToday(2) });
    const booking = await (await api()).bookings.create(bookingInput(sessionId));
    const view = await (await api()).bookings.manage.get({ token: booking.manageToken! });
    expect(view).toMatchObject({
      reference: booking.reference,
      status: "booked",
      canChange: true,
      children: [expect.objectContaining({ firstName: expect.any(String) })],
    });

    const invalid = { code: "NOT_FOUND", message: "This link is not valid" };
    await expect((await api()).bookings.manage.get({ token: newToken() })).rejects.toMatchObject(invalid);
    await expect((await api()).bookings.manage.get({ token: "not-a-token" })).rejects.toMatchObject(invalid);
    await expect((await api()).bookings.manage.get({ token: booking.reference })).rejects.toMatchObject(invalid);
    const muchLater = () => new Date(Date.now() + 30 * 86_400_000);
    await expect((await api("198.51.100.10", muchLater)).bookings.manage.cancel({ token: booking.manageToken! })).rejects.toMatchObject(invalid);
    expect((await (await api()).bookings.manage.get({ token: booking.manageToken! })).status).toBe("booked");
    const refusals = (await auditRows(t.db)).filter((r) => r.action === "booking.manage" && r.outcome === "denied");
    expect(refusals.map((r) => (r.detail as { reason: string }).reason)).toEqual(expect.arrayContaining(["unknown", "malformed", "expired"]));
  });

  it("cannot touch another family's booking", async () => {
    const sessionId = await newSession(t.db, { capacity: 5 });
    const mine = await (
      await api()
    ).bookings.create(
      bookingInput(sessionId, {
        children: [
          { firstName: "Nia", dateOfBirth: "2023-02-02", send: false },
          { firstName: "Ola", dateOfBirth: "2024-02-02", send: false },
        ],
      }),
    );
    const theirs = await (await api()).bookings.create(bookingInput(sessionId));
    const theirView = await (await api()).bookings.manage.get({ token: theirs.manageToken! });
    const refused = await rejection((await api()).bookings.manage.removeChild({ token: mine.manageToken!, childId: theirView.children[0]!.id }));
    expect(refused).toEqual({ code: "BAD_REQUEST", fields: { childId: ["This child is not on the booking"] } });
    expect((await (await api()).bookings.manage.get({ token: theirs.manageToken! })).children).toHaveLength(1);
  });

  it("adds and removes children, keeping the places counted", async () => {
    const sessionId = await newSession(t.db, { capacity: 3 });
    const booking = await (await api()).bookings.create(bookingInput(sessionId));
    const added = await (
      await api()
    ).bookings.manage.addChild({ token: booking.manageToken!, child: { firstName: "Wren", dateOfBirth: "2022-12-01", send: false } });
    expect(added.children.map((c) => c.firstName)).toContain("Wren");
    expect((await sessionRow(sessionId)).bookedCount).toBe(2);
    const other = await (await api()).bookings.create(bookingInput(sessionId));
    expect(other.status).toBe("booked");
    expect(
      await rejection(
        (await api()).bookings.manage.addChild({ token: booking.manageToken!, child: { firstName: "Zed", dateOfBirth: "2023-06-01", send: false } }),
      ),
    ).toEqual({
      code: "BAD_REQUEST",
      fields: { "child.firstName": ["There are no places left for another child at this session"] },
    });
    const wren = added.children.find((c) => c.firstName === "Wren")!;
    const removed = await (await api()).bookings.manage.removeChild({ token: booking.manageToken!, childId: wren.id });
    expect(removed.children).toHaveLength(1);
    expect((await sessionRow(sessionId)).bookedCount).toBe(2);
    const [row] = await t.db
      .select()
      .from(schema.bookings)
      .where(and(eq(schema.bookings.sessionId, sessionId), eq(schema.bookings.reference, booking.reference)));
    expect(row!.places).toBe(1);
  });
});

describe("finding sessions", () => {
  it("finds sessions by town and child's age, with places left and full ones marked", async () => {
    const date = daysFromToday(20);
    const open = await newSession(t.db, { capacity: 2, date, centre: "didcot", title: "Didcot stay and play" });
    const full = await newSession(t.db, { capacity: 1, date, centre: "didcot", title: "Didcot small group" });
    await newSession(t.db, { capacity: 5, date, centre: "didcot", type: "youth_session", title: "Didcot youth club" });
    await (await api()).bookings.create(bookingInput(full));
    const found = await (await api()).sessions.search({ town: "didcot", from: date, to: date, childAgeYears: 2 });
    expect(found.map((s) => [s.title, s.placesLeft, s.full])).toEqual(
      expect.arrayContaining([
        ["Didcot stay and play", 2, false],
        ["Didcot small group", 0, true],
      ]),
    );
    expect(found.map((s) => s.title)).not.toContain("Didcot youth club");
    expect(found.find((s) => s.id === open)).toMatchObject({
      centre: { town: "Didcot" },
      type: { ages: "under 5", carerMustStay: true },
      startTime: "10:00",
    });
    const teen = await (await api()).sessions.search({ town: "Didcot", from: date, to: date, childAgeYears: 14 });
    expect(teen.map((s) => s.title)).toEqual(["Didcot youth club"]);
  });
});
