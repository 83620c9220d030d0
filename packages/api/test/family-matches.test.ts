import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { schema } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookingInput, mondayAfterNext, newSession } from "./booking-support";
import { auditRows, client, rejection, signedInAs } from "./support";

/**
 * Contact details never link a booking to a family (docs/architecture-decisions.md §9): two
 * families who share nothing but a mobile stay two families until centre staff say otherwise.
 */
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ max: 10 });
});
afterAll(() => t.destroy());

const api = (ip = "198.51.100.20") => client(t.db, { ip }).call();

async function familyOf(reference: string) {
  const [row] = await t.db.select().from(schema.bookings).where(eq(schema.bookings.reference, reference));
  return row!.familyId;
}
async function childrenOf(familyId: string) {
  return t.db
    .select({ firstName: schema.people.firstName })
    .from(schema.familyMembers)
    .innerJoin(schema.people, eq(schema.people.id, schema.familyMembers.personId))
    .where(eq(schema.familyMembers.familyId, familyId));
}
async function matchesOf(existingFamilyId: string) {
  return t.db.select().from(schema.possibleFamilyMatches).where(eq(schema.possibleFamilyMatches.existingFamilyId, existingFamilyId));
}
/** What a booker is told, without what differs for every booking whoever makes it. */
const answerShape = (a: {
  reference: string;
  manageToken: string | null;
  session: object;
  status: string;
  waitlistPosition: number | null;
  alreadyMade: boolean;
}) => ({
  status: a.status,
  waitlistPosition: a.waitlistPosition,
  alreadyMade: a.alreadyMade,
  hasToken: typeof a.manageToken === "string",
  keys: Object.keys(a).sort(),
});

/** Family A books; family B, who knows only A's mobile, books the same week's sessions with it. */
async function twoFamiliesSharingAMobile() {
  const monday = mondayAfterNext();
  const days = [0, 1, 2, 3].map((d) => new Date(Date.parse(monday) + d * 86_400_000).toISOString().slice(0, 10));
  const sessions = await Promise.all(days.map((date) => newSession(t.db, { capacity: 10, date })));
  const a = bookingInput(sessions[0]!);
  const aBooking = await (await api()).bookings.create(a);
  const b = bookingInput(sessions[0]!, { mobile: a.mobile });
  return { sessions, a, aFamily: await familyOf(aBooking.reference), b };
}

describe("a booking that shares only a mobile with a known family", () => {
  it("gets a stranger's answer, is not filed in that family, leaves its fair use alone, and is left for staff to check", async () => {
    const { sessions, a, aFamily, b } = await twoFamiliesSharingAMobile();
    const stranger = await (await api("198.51.100.21")).bookings.create(bookingInput(sessions[0]!));
    // The same session A booked: on contact alone this was "You have already booked this session".
    const asB = await (await api("198.51.100.22")).bookings.create(b);
    expect(answerShape(asB)).toEqual(answerShape(stranger));
    expect(asB.session).toMatchObject({ id: sessions[0], bookable: true });

    const bFamily = await familyOf(asB.reference);
    expect(bFamily).not.toBe(aFamily);
    expect((await childrenOf(aFamily)).map((c) => c.firstName)).toEqual([a.children[0]!.firstName]);
    expect((await childrenOf(bFamily)).map((c) => c.firstName)).toEqual([b.children[0]!.firstName]);

    // B books two more that week with A's mobile; A may still book its own three.
    for (const sessionId of sessions.slice(1, 3))
      expect((await (await api()).bookings.create({ ...b, sessionId, idempotencyKey: randomUUID() })).status).toBe("booked");
    for (const sessionId of sessions.slice(1, 3))
      expect((await (await api()).bookings.create({ ...a, sessionId, idempotencyKey: randomUUID() })).status).toBe("booked");
    const held = await t.db
      .select()
      .from(schema.bookings)
      .where(and(eq(schema.bookings.familyId, aFamily), inArray(schema.bookings.sessionId, sessions)));
    expect(held).toHaveLength(3);

    expect(await matchesOf(aFamily)).toEqual([
      expect.objectContaining({ familyId: bFamily, reason: "same_mobile", status: "open", decidedBy: null, decidedAt: null }),
    ]);
  });

  it("still links a booking that gives the same child at the same postcode", async () => {
    const { sessions, a, aFamily } = await twoFamiliesSharingAMobile();
    const again = await (await api()).bookings.create({ ...a, sessionId: sessions[1]!, mobile: "07700 900999", idempotencyKey: randomUUID() });
    expect(await familyOf(again.reference)).toBe(aFamily);
    expect(await matchesOf(aFamily)).toEqual([]);
  });
});

describe("new families to check", () => {
  it("lists the match for centre staff of the area, audited, and not for another area's manager", async () => {
    const { aFamily, b } = await twoFamiliesSharingAMobile();
    const bFamily = await familyOf((await (await api()).bookings.create(b)).reference);
    const staff = await (await signedInAs(t.db, "centre_staff")).call();
    const listed = (await staff.familyMatches.list()).find((m) => m.family.id === bFamily);
    expect(listed).toMatchObject({
      reason: "same_mobile",
      family: { carers: [b.carerName], members: [expect.objectContaining({ firstName: b.children[0]!.firstName })] },
      existingFamily: { id: aFamily },
    });
    const reads = (await auditRows(t.db)).filter((r) => r.action === "family.read" && (r.detail as { matchId?: string }).matchId === listed!.id);
    expect(reads.map((r) => r.entityId).sort()).toEqual([aFamily, bFamily].sort());
    // The demo centre manager works in another area (Banbury).
    const elsewhere = await (await signedInAs(t.db, "centre_manager")).call();
    expect((await elsewhere.familyMatches.list()).some((m) => m.id === listed!.id)).toBe(false);
    expect((await rejection(elsewhere.familyMatches.reject({ matchId: listed!.id }))).code).toBe("NOT_FOUND");
  });

  it("confirming moves the booking's people and bookings into the known family, each person's move audited", async () => {
    const { aFamily, b } = await twoFamiliesSharingAMobile();
    const bBooking = await (await api()).bookings.create(b);
    const bFamily = await familyOf(bBooking.reference);
    const [match] = await matchesOf(aFamily);
    const staff = await (await signedInAs(t.db, "centre_staff")).call();
    expect(await staff.familyMatches.confirm({ matchId: match!.id })).toEqual({ status: "confirmed", familyId: aFamily });
    expect(await familyOf(bBooking.reference)).toBe(aFamily);
    expect(await childrenOf(bFamily)).toEqual([]);
    expect(await childrenOf(aFamily)).toHaveLength(2);
    const [decided] = await matchesOf(aFamily);
    expect(decided).toMatchObject({ status: "confirmed", decidedBy: expect.any(String), decidedAt: expect.any(Date) });
    const moves = (await auditRows(t.db)).filter(
      (r) => r.action === "family.merge" && r.entityType === "person" && (r.detail as { matchId: string }).matchId === match!.id,
    );
    expect(moves).toHaveLength(1);
    expect(await rejection(staff.familyMatches.reject({ matchId: match!.id }))).toEqual({
      code: "BAD_REQUEST",
      fields: { matchId: ["These families have already been checked"] },
    });
  });

  it("rejecting closes the match and leaves both families as they are", async () => {
    const { aFamily, b } = await twoFamiliesSharingAMobile();
    const bFamily = await familyOf((await (await api()).bookings.create(b)).reference);
    const [match] = await matchesOf(aFamily);
    const staff = await (await signedInAs(t.db, "centre_staff")).call();
    expect(await staff.familyMatches.reject({ matchId: match!.id })).toEqual({ status: "rejected", familyId: bFamily });
    expect(await childrenOf(aFamily)).toHaveLength(1);
    expect(await childrenOf(bFamily)).toHaveLength(1);
    expect((await staff.familyMatches.list()).some((m) => m.id === match!.id)).toBe(false);
  });
});
