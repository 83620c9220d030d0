import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { recordAttendance, schema } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newSession } from "./booking-support";
import { areaIdOf, auditRows, rejection, signedInAs, type Client } from "./support";

/**
 * A family's chronology: the centres' bookings and registers and practitioners' own entries on one
 * timeline, newest first, scoped like the family record.
 */
let t: TestDatabase;
let worker: Client; // LCSS, North
let familyId: string;
let nora: string; // North child
let sid: string; // South child, in the same family: hidden from North staff
let workerId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  worker = await signedInAs(t.db, "lcss_worker");
  const admin = await (await signedInAs(t.db, "admin")).call();
  const person = async (firstName: string, postcode: string) => {
    const result = await admin.people.create({
      firstName,
      lastName: "Timeline",
      dateOfBirth: "2020-05-04",
      postcode,
      areaId: await areaIdOf(t.db, postcode === "OX16 1AA" ? "north" : "south"),
    });
    if (result.status !== "created") throw new Error("expected a new person");
    return result.person.id;
  };
  nora = await person("Nora", "OX16 1AA");
  sid = await person("Sid", "OX14 1AA");
  familyId = (
    await admin.families.create({
      name: "Timeline household",
      postcode: "OX16 1AA",
      areaId: await areaIdOf(t.db, "north"),
      members: [
        { personId: nora, role: "child" },
        { personId: sid, role: "child" },
      ],
    })
  ).id;
  const [staff] = await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.role, "lcss_worker"));
  workerId = staff!.id;

  // Session A: Nora booked on 1 March, came on 10 March. Session B: booked 1 April, cancelled 5 April.
  const sessionA = await newSession(t.db, { capacity: 10, date: "2026-03-10", title: "Rhyme time" });
  const sessionB = await newSession(t.db, { capacity: 10, date: "2026-04-15", title: "Messy play" });
  const bookingA = await book(sessionA, [nora], { bookedAt: new Date("2026-03-01T09:00:00Z") });
  await book(sessionB, [nora], { bookedAt: new Date("2026-04-01T09:00:00Z"), cancelledAt: new Date("2026-04-05T09:00:00Z") });
  await recordAttendance(t.db, {
    sessionId: sessionA,
    personId: nora,
    bookingId: bookingA,
    familyId,
    status: "attended",
    walkIn: false,
    recordedBy: workerId,
    now: new Date(),
  });
  // Sid is in the South: his attendance must not reach a North worker's chronology.
  await recordAttendance(t.db, {
    sessionId: sessionB,
    personId: sid,
    bookingId: null,
    familyId,
    status: "did_not_attend",
    walkIn: true,
    recordedBy: workerId,
    now: new Date(),
  });
});
afterAll(() => t.destroy());

async function book(sessionId: string, children: string[], at: { bookedAt: Date; cancelledAt?: Date }) {
  const [row] = await t.db
    .insert(schema.bookings)
    .values({
      sessionId,
      reference: randomUUID().slice(0, 8),
      idempotencyKey: randomUUID(),
      familyId,
      carerName: "Pat Timeline",
      mobile: "07700900123",
      preferredChannel: "sms",
      postcode: "OX16 1AA",
      consentToContact: true,
      places: children.length,
      status: at.cancelledAt ? "cancelled" : "booked",
      bookedAt: at.bookedAt,
      cancelledAt: at.cancelledAt ?? null,
      cancelledBy: at.cancelledAt ? "family" : null,
    })
    .returning();
  await t.db.insert(schema.bookingChildren).values(children.map((personId) => ({ bookingId: row!.id, personId })));
  return row!.id;
}

const kinds = (events: { kind: string }[]) => events.map((e) => e.kind);

describe("the chronology", () => {
  it("assembles bookings, attendance and manual entries in date order, newest first", async () => {
    const api = await worker.call();
    await api.chronology.addEntry({
      familyId,
      personId: nora,
      occurredOn: "2026-03-20",
      kind: "concern",
      summary: "Nursery raised a concern about bruising",
      significant: true,
    });
    await api.chronology.addEntry({ familyId, occurredOn: "2026-02-01", kind: "note", summary: "Family moved to Banbury" });
    const page = await api.chronology.list({ familyId });
    expect(kinds(page.events)).toEqual(["booking_cancelled", "booked", "concern", "attended", "booked", "note"]);
    expect(page.events[2]).toMatchObject({
      service: "manual",
      significant: true,
      personIds: [nora],
      summary: "Nursery raised a concern about bruising",
      dateOnly: true,
    });
    expect(page.events[3]).toMatchObject({ service: "centres", title: "Rhyme time", personIds: [nora] });
    expect(page.events[3]!.summary).toContain("10 March 2026, 10:00");
    expect(page.members.map((m) => m.firstName)).toEqual(["Nora"]);
    expect(page.membersOutsideYourArea).toBe(1);
    expect(page.events.flatMap((e) => e.personIds)).not.toContain(sid);
  });

  it("filters by child, service, kind, dates and significance", async () => {
    const api = await worker.call();
    expect(kinds((await api.chronology.list({ familyId, service: "manual" })).events)).toEqual(["concern", "note"]);
    expect(kinds((await api.chronology.list({ familyId, service: "centres" })).events)).toEqual([
      "booking_cancelled",
      "booked",
      "attended",
      "booked",
    ]);
    expect(kinds((await api.chronology.list({ familyId, kind: "booked" })).events)).toEqual(["booked", "booked"]);
    expect(kinds((await api.chronology.list({ familyId, from: "2026-03-01", to: "2026-03-20" })).events)).toEqual(["concern", "attended", "booked"]);
    expect(kinds((await api.chronology.list({ familyId, significantOnly: true })).events)).toEqual(["concern"]);
    // A family-wide note is not about Nora in particular.
    expect(kinds((await api.chronology.list({ familyId, personId: nora })).events)).not.toContain("note");
    expect((await api.chronology.list({ familyId, personId: sid })).events).toEqual([]);
  });

  it("pages with a cursor that stays stable when entries are added meanwhile", async () => {
    const api = await worker.call();
    const all = (await api.chronology.list({ familyId })).events.map((e) => e.id);
    const first = await api.chronology.list({ familyId, limit: 4 });
    expect(first.events.map((e) => e.id)).toEqual(all.slice(0, 4));
    // A newer entry arrives between pages: it belongs before page one, so page two is unchanged.
    await api.chronology.addEntry({ familyId, occurredOn: "2026-05-01", kind: "contact", summary: "Phoned mum" });
    const second = await api.chronology.list({ familyId, limit: 4, cursor: first.nextCursor! });
    expect(second.events.map((e) => e.id)).toEqual(all.slice(4));
    expect(second.nextCursor).toBeNull();
  });

  it("answers a family outside the reader's area as unknown, and audits the refusal", async () => {
    const south = await (await signedInAs(t.db, "fss_worker")).call();
    expect(await rejection(south.chronology.list({ familyId }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await rejection(south.chronology.addEntry({ familyId, occurredOn: "2026-03-01", kind: "note", summary: "x" }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await rejection(south.chronology.list({ familyId: randomUUID() }))).toMatchObject({ code: "NOT_FOUND" });
    const denied = (await auditRows(t.db)).filter((r) => r.outcome === "denied" && r.actorRole === "fss_worker");
    expect(denied.map((r) => [r.action, r.entityId])).toEqual([
      ["chronology.read", familyId],
      ["chronology.addEntry", familyId],
      ["chronology.read", expect.any(String)],
    ]);
  });

  it("audits a read as a read of the family and of each member shown", async () => {
    const before = (await auditRows(t.db)).length;
    await (await worker.call()).chronology.list({ familyId, kind: "concern" });
    const written = (await auditRows(t.db)).slice(before);
    expect(written.map((r) => [r.action, r.entityType, r.entityId])).toEqual([
      ["person.read", "person", nora],
      ["chronology.read", "family", familyId],
    ]);
    expect(written[1]!.detail).toMatchObject({ filters: { kind: "concern" } });
  });

  it("audits a new entry against the family and the child it is about", async () => {
    const before = (await auditRows(t.db)).length;
    const { id } = await (
      await worker.call()
    ).chronology.addEntry({ familyId, personId: nora, occurredOn: "2026-05-02", kind: "home_visit", summary: "Visited at home" });
    const written = (await auditRows(t.db)).slice(before);
    expect(written.map((r) => [r.action, r.entityType, r.entityId])).toEqual([
      ["chronology.addEntry", "family", familyId],
      ["chronology.addEntry", "person", nora],
    ]);
    expect(written[0]!.detail).toMatchObject({ entryId: id, kind: "home_visit" });
  });

  it("refuses a manual entry with plain messages for each field", async () => {
    const api = await worker.call();
    expect(await rejection(api.chronology.addEntry({ familyId, occurredOn: "2026-02-30", kind: "gossip" as "note", summary: "  " }))).toEqual({
      code: "BAD_REQUEST",
      fields: { occurredOn: ["Enter a real date"], kind: ["Choose what kind of entry this is"], summary: ["Enter what happened"] },
    });
    expect(await rejection(api.chronology.addEntry({ familyId, occurredOn: "2026-02-01", kind: "note", summary: "a".repeat(2001) }))).toMatchObject({
      fields: { summary: ["The summary must be 2000 characters or fewer"] },
    });
    // A child from another family, or one the writer may not see, is not a choice.
    expect(
      await rejection(api.chronology.addEntry({ familyId, personId: sid, occurredOn: "2026-02-01", kind: "note", summary: "About Sid" })),
    ).toEqual({
      code: "BAD_REQUEST",
      fields: { personId: ["Choose a child from the family"] },
    });
    expect(await rejection(api.chronology.list({ familyId, from: "2026-04-01", to: "2026-03-01" }))).toMatchObject({
      fields: { to: ["The end date must be the same as or after the start date"] },
    });
  });
});
