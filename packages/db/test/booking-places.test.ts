import { randomBytes, randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cancelBooking,
  cancelOpenAccessSession,
  claimPlaces,
  hashToken,
  bookPlaces,
  hotTransaction,
  isSessionGone,
  insertOpenAccessSessions,
  linkFamily,
  listSessionTypes,
  newToken,
  type Db,
} from "../src";
import { bookings, centres, familyMessageOutbox, openAccessSessions } from "../src/schema";
import { createTestDatabase, type TestDatabase } from "../src/testing";

/**
 * The place-keeping statements on real PostgreSQL, many transactions at once: the properties that
 * stop a place being sold twice hold whatever the interleaving.
 */
let t: TestDatabase;
let centreId: string;
let centreAreaId: string;
let sessionTypeId: string;
beforeAll(async () => {
  t = await createTestDatabase({ max: 20 });
  const [centre] = await t.db.select().from(centres).where(eq(centres.slug, "blackbird-leys"));
  centreId = centre!.id;
  centreAreaId = centre!.areaId;
  sessionTypeId = (await listSessionTypes(t.db)).find((s) => s.code === "stay_play_learn")!.id;
});
afterAll(() => t.destroy());

const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

async function newSession(capacity: number, date = tomorrow()) {
  const [row] = await insertOpenAccessSessions(t.db, [
    { centreId, sessionTypeId, title: "Stay and play", date, startTime: "10:00", endTime: "11:30", capacity, createdBy: null },
  ]);
  return row!.id;
}

let familyNumber = 0;
/** Families booking one child each (two for a family with `twins`), together in one transaction, as a batch of bookings.create does. */
async function bookTogether(sessionId: string, families: { twins?: boolean }[], db: Db = t.db) {
  return hotTransaction(db, async (hot) => {
    const { tx } = hot;
    const bookings = [];
    for (const family of families) {
      const n = ++familyNumber;
      const postcode = `OX4 ${n % 10}AB`;
      const mobile = `07700${String(900000 + n).padStart(6, "0")}`;
      const children = [{ firstName: `Child${n}`, dateOfBirth: "2023-05-01" }];
      if (family.twins) children.push({ firstName: `Twin${n}`, dateOfBirth: "2023-05-01" });
      const link = await linkFamily(tx, {
        carerName: `Carer ${n}`,
        postcode,
        children,
        mobile,
        source: "self_registered",
        createdBy: null,
        centreAreaId,
      });
      bookings.push({
        id: randomUUID(),
        reference: `HB-${randomBytes(4).toString("hex").toUpperCase()}`,
        idempotencyKey: randomUUID(),
        familyId: link.familyId,
        carerName: `Carer ${n}`,
        mobile,
        email: null,
        preferredChannel: "sms" as const,
        postcode,
        consentToContact: true,
        children: link.personIds.map((personId) => ({ personId, send: false })),
        manageTokenHash: hashToken(newToken()),
        manageTokenExpiresAt: new Date(Date.now() + 10 * 86_400_000),
        audit: { action: "booking.create", entityType: "family", entityId: link.familyId },
      });
    }
    return bookPlaces(hot, { sessionId, now: new Date(), bookings });
  });
}

/** One family booking one child, in its own transaction. */
async function book(sessionId: string, db: Db = t.db) {
  const [placed] = await bookTogether(sessionId, [{}], db);
  return placed!;
}

async function counts(sessionId: string) {
  const [session] = await t.db.select().from(openAccessSessions).where(eq(openAccessSessions.id, sessionId));
  const rows = await t.db.select().from(bookings).where(eq(bookings.sessionId, sessionId));
  const placesBooked = rows.filter((b) => b.status === "booked").reduce((sum, b) => sum + b.places, 0);
  return {
    bookedCount: session!.bookedCount,
    waitlistCount: session!.waitlistCount,
    placesBooked,
    waiting: rows.filter((b) => b.status === "waitlisted").length,
  };
}

describe("claiming places", () => {
  it("never sells more places than a session has, however many book at once", async () => {
    const capacity = 5;
    const sessionId = await newSession(capacity);
    const results = await Promise.all(Array.from({ length: capacity * 10 }, () => book(sessionId)));
    expect(results.filter((r) => r.status === "booked")).toHaveLength(capacity);
    expect(results.filter((r) => r.status === "waitlisted")).toHaveLength(capacity * 9);
    expect(await counts(sessionId)).toEqual({ bookedCount: capacity, waitlistCount: capacity * 9, placesBooked: capacity, waiting: capacity * 9 });
  });

  it("gives a cancelled place to the first family waiting, in the same transaction", async () => {
    const sessionId = await newSession(1);
    const first = await book(sessionId);
    const second = await book(sessionId);
    const third = await book(sessionId);
    expect([first.status, second.status, third.status]).toEqual(["booked", "waitlisted", "waitlisted"]);
    const result = await t.db.transaction((tx) => cancelBooking(tx, { bookingId: first.id, by: "family", now: new Date() }));
    expect(result).toMatchObject({ previousStatus: "booked", promoted: [second.id] });
    expect(await counts(sessionId)).toEqual({ bookedCount: 1, waitlistCount: 1, placesBooked: 1, waiting: 1 });
    const messages = await t.db.select().from(familyMessageOutbox).where(eq(familyMessageOutbox.sessionId, sessionId));
    expect(messages.map((m) => m.kind).sort()).toEqual(
      ["booking_cancelled", "booking_confirmed", "booking_waitlisted", "booking_waitlisted", "waitlist_place_offered"].sort(),
    );
  });

  it("keeps the counts right when cancellations and bookings race", async () => {
    const sessionId = await newSession(3);
    const firstWave = await Promise.all(Array.from({ length: 8 }, () => book(sessionId)));
    const booked = firstWave.filter((r) => r.status === "booked");
    await Promise.all([
      ...booked.map((b) => t.db.transaction((tx) => cancelBooking(tx, { bookingId: b.id, by: "family", now: new Date() }))),
      ...Array.from({ length: 6 }, () => book(sessionId)),
    ]);
    const after = await counts(sessionId);
    expect(after.bookedCount).toBe(3);
    expect(after.placesBooked).toBe(3);
    expect(after.waitlistCount).toBe(after.waiting);
  });

  it("refuses a cancelled or started session", async () => {
    const cancelled = await newSession(10);
    await t.db.transaction((tx) => cancelOpenAccessSession(tx, { sessionId: cancelled, reason: "Heating failure", now: new Date() }));
    // The claim finds no row, so the booking would have no session: the statement fails, nothing is kept.
    const refused = await book(cancelled).catch((error: unknown) => error);
    expect(isSessionGone(refused)).toBe(true);
    expect(await counts(cancelled)).toMatchObject({ bookedCount: 0, waiting: 0, placesBooked: 0 });
    expect(await claimPlaces(t.db, { sessionId: cancelled, places: 1, now: new Date() })).toBeNull();
    const started = await newSession(10, new Date().toISOString().slice(0, 10));
    await t.db.execute(
      sql`update open_access_sessions set starts_at = now() - interval '1 minute', ends_at = now() + interval '1 hour' where id = ${started}`,
    );
    expect(await claimPlaces(t.db, { sessionId: started, places: 1, now: new Date() })).toBeNull();
  });

  it("places a batch in order: a booking that does not fit waits, a smaller one behind it may still fit", async () => {
    const sessionId = await newSession(3);
    const placed = await bookTogether(sessionId, [{ twins: true }, { twins: true }, {}, {}]);
    expect(placed.map((p) => [p.status, p.bookedCount, p.waitlistCount])).toEqual([
      ["booked", 2, 0],
      ["waitlisted", 2, 1],
      ["booked", 3, 1],
      ["waitlisted", 3, 2],
    ]);
    expect(await counts(sessionId)).toEqual({ bookedCount: 3, waitlistCount: 2, placesBooked: 3, waiting: 2 });
    // The waiting list keeps the batch's order: the twins are first in line.
    const queue = await t.db.select().from(bookings).where(eq(bookings.sessionId, sessionId)).orderBy(bookings.queueNumber);
    expect(queue.map((b) => b.id)).toEqual(placed.map((p) => p.id));
    const messages = await t.db.select().from(familyMessageOutbox).where(eq(familyMessageOutbox.sessionId, sessionId));
    expect(messages).toHaveLength(4);
  });

  it("never overbooks when batches and single bookings race", async () => {
    const capacity = 7;
    const sessionId = await newSession(capacity);
    const batches = await Promise.all([
      ...Array.from({ length: 6 }, () => bookTogether(sessionId, [{}, { twins: true }, {}, {}])),
      ...Array.from({ length: 10 }, () => bookTogether(sessionId, [{}])),
    ]);
    const placed = batches.flat();
    expect(placed).toHaveLength(34);
    const after = await counts(sessionId);
    expect(after.bookedCount).toBeLessThanOrEqual(capacity);
    expect(after.placesBooked).toBe(after.bookedCount);
    expect(after.waitlistCount).toBe(after.waiting);
    expect(after.waiting).toBe(placed.length - placed.filter((p) => p.status === "booked").length);
    // 28 one-child bookings among them: every place was taken.
    expect(after.bookedCount).toBe(capacity);
  });

  it("keeps nothing of a batch when its session has gone", async () => {
    const sessionId = await newSession(10);
    await t.db.transaction((tx) => cancelOpenAccessSession(tx, { sessionId, reason: "Flooded", now: new Date() }));
    const refused = await bookTogether(sessionId, [{}, {}, {}]).catch((error: unknown) => error);
    expect(isSessionGone(refused)).toBe(true);
    expect(await counts(sessionId)).toMatchObject({ bookedCount: 0, waiting: 0, placesBooked: 0 });
  });

  it("is refused by the database itself if anything tried to overbook", async () => {
    const sessionId = await newSession(2);
    await expect(t.db.execute(sql`update open_access_sessions set booked_count = 3 where id = ${sessionId}`)).rejects.toMatchObject({
      cause: { message: expect.stringContaining("open_access_sessions_booked_within_capacity") },
    });
  });
});
