import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { schema } from "@hearth/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSession } from "../src/auth/session";
import { bookingInput, centreIdOf, newSession } from "./booking-support";
import { areaIdOf, auditRows, client, recordsOf, rejection, signedInAs, testConfig, type Client } from "./support";

/**
 * ADR 8: every person, family and centre has an owning area, and a record with no postcode in the
 * county is never "nobody's, so everybody's". Demo accounts: lcss_worker North, lcss_senior and
 * fss_manager Central, fss_worker South, centre_staff at Blackbird Leys (Central), centre_manager at
 * Banbury (North); admin and eet_officer county-wide. A Central centre manager is added here.
 */
let t: TestDatabase;
let north: Client;
let admin: Client;
let centralManager: Client;
const area: Record<"north" | "central" | "south", string> = { north: "", central: "", south: "" };
const outsiders: Record<string, Client> = {};

async function signedInAsNew(role: "centre_manager", centre: string): Promise<Client> {
  const [staff] = await t.db
    .insert(schema.staffUsers)
    .values({ email: `${role}.${centre}@hearth.test`, displayName: "Cleo Ward", role, centreId: await centreIdOf(t.db, centre), passwordHash: "x" })
    .returning();
  const c = client(t.db);
  await startSession(t.db, c.cookies, testConfig, { staffId: staff!.id, now: new Date(), ip: null, userAgent: null });
  return c;
}

async function newPerson(by: Client, firstName: string, extra: { postcode?: string; areaId?: string } = {}) {
  const result = await (
    await by.call()
  ).people.create({ firstName, lastName: "Owner", dateOfBirth: "2019-02-03", confirmedNotDuplicate: true, ...extra });
  if (result.status !== "created") throw new Error("expected a new person");
  return result.person;
}

beforeAll(async () => {
  t = await createTestDatabase();
  for (const code of ["north", "central", "south"] as const) area[code] = await areaIdOf(t.db, code);
  north = await signedInAs(t.db, "lcss_worker");
  admin = await signedInAs(t.db, "admin");
  centralManager = await signedInAsNew("centre_manager", "blackbird-leys");
  for (const role of ["lcss_senior", "fss_manager", "fss_worker", "centre_staff"] as const) outsiders[role] = await signedInAs(t.db, role);
  outsiders.central_centre_manager = centralManager;
});
afterAll(() => t.destroy());

describe.each([
  { what: "no postcode", postcode: undefined },
  { what: "an out-of-county postcode", postcode: "SW1A 1AA" },
])("a family with $what, made by a North worker", ({ postcode }) => {
  let familyId: string;
  let childId: string;
  beforeAll(async () => {
    const child = await newPerson(north, `Child${postcode ? "Away" : "None"}`, postcode ? { postcode } : {});
    childId = child.id;
    expect(child.areaId).toBe(area.north);
    const family = await (await north.call()).families.create({ name: "Owner household", postcode, members: [{ personId: childId, role: "child" }] });
    familyId = family.id;
    expect(family.areaId).toBe(area.north);
  });

  it("is read by North and by county-wide staff", async () => {
    for (const reader of [north, admin, await signedInAs(t.db, "centre_manager"), await signedInAs(t.db, "eet_officer")]) {
      const family = await (await reader.call()).families.get({ familyId });
      expect(family).toMatchObject({ areaId: area.north, membersOutsideYourArea: 0 });
      expect(family.members.map((m) => m.personId)).toEqual([childId]);
    }
  });

  it("is unknown to every other area, for the family and for its child, and each refusal is audited", async () => {
    for (const [who, reader] of Object.entries(outsiders)) {
      const api = await reader.call();
      expect(await rejection(api.families.get({ familyId })), who).toMatchObject({ code: "NOT_FOUND" });
      expect(await rejection(api.people.get({ personId: childId })), who).toMatchObject({ code: "NOT_FOUND" });
      expect(
        recordsOf(await api.people.search({ name: "Owner" })).map((p) => p.id),
        who,
      ).not.toContain(childId);
    }
    const denials = (await auditRows(t.db)).filter((r) => r.entityId === familyId && r.action === "family.read" && r.outcome === "denied");
    expect(denials.length).toBeGreaterThanOrEqual(Object.keys(outsiders).length);
  });

  it("cannot be moved into another area by someone who cannot see it", async () => {
    const central = await outsiders.lcss_senior!.call();
    expect(await rejection(central.families.update({ familyId, postcode: "OX4 1AA" }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await rejection(central.people.update({ personId: childId, changes: { postcode: "OX4 1AA" } }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await rejection(central.families.update({ familyId, addMembers: [{ personId: childId, role: "child" }] }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await (await north.call()).families.get({ familyId })).areaId).toBe(area.north);
  });

  it("stays North's when North gives it another postcode outside the county", async () => {
    const api = await north.call();
    expect((await api.families.update({ familyId, postcode: "CF10 1AA" })).areaId).toBe(area.north);
    expect((await api.people.update({ personId: childId, changes: { postcode: "CF10 1AA" } })).areaId).toBe(area.north);
  });

  it("cannot be sent by North into an area North cannot see", async () => {
    const refused = await rejection((await north.call()).families.update({ familyId, postcode: "OX4 1AA" }));
    expect(refused).toMatchObject({ code: "BAD_REQUEST", fields: { postcode: [expect.stringContaining("outside your area")] } });
  });
});

describe("choosing the owning area", () => {
  it("makes county-wide staff choose an area for a record with no county postcode", async () => {
    const api = await admin.call();
    const message = ["Choose the area that will look after this record, as the postcode is not in the county"];
    expect(await rejection(api.people.create({ firstName: "Una", lastName: "Chosen", dateOfBirth: "2018-01-01" }))).toEqual({
      code: "BAD_REQUEST",
      fields: { areaId: message },
    });
    expect(await rejection(api.families.create({ name: "Chosen household", postcode: "SW1A 1AA" }))).toEqual({
      code: "BAD_REQUEST",
      fields: { areaId: message },
    });
    expect((await newPerson(admin, "Una", { areaId: area.south })).areaId).toBe(area.south);
    expect((await api.families.create({ name: "Chosen household", areaId: area.central })).areaId).toBe(area.central);
  });

  it("lets a county postcode decide over a chosen area", async () => {
    expect((await newPerson(admin, "Posy", { postcode: "OX14 3AA", areaId: area.north })).areaId).toBe(area.south);
  });

  it("refuses staff choosing an area other than their own", async () => {
    const refused = await rejection(
      (await north.call()).people.create({ firstName: "Far", lastName: "Away", dateOfBirth: "2018-01-01", areaId: area.south }),
    );
    expect(refused).toEqual({ code: "BAD_REQUEST", fields: { areaId: ["Choose your own area: you cannot place a record in another area"] } });
  });

  it("gives a family booking online from outside the county to the centre's area", async () => {
    const sessionId = await newSession(t.db, { capacity: 10, centre: "blackbird-leys" });
    const booking = await (await client(t.db).call()).bookings.create(bookingInput(sessionId, { postcode: "SW1A 1AA" }));
    const [row] = await t.db.select().from(schema.bookings).where(eq(schema.bookings.reference, booking.reference));
    const [family] = await t.db.select().from(schema.families).where(eq(schema.families.id, row!.familyId));
    expect(family!.areaId).toBe(area.central);
  });
});

describe("reading a family that spans areas", () => {
  let familyId: string;
  let northChild: string;
  let southChild: string;
  beforeAll(async () => {
    northChild = (await newPerson(admin, "Nell", { postcode: "OX16 9QA" })).id;
    southChild = (await newPerson(admin, "Saul", { postcode: "OX14 3AA" })).id;
    familyId = (
      await (
        await admin.call()
      ).families.create({
        name: "Split household",
        postcode: "OX16 9QA",
        members: [
          { personId: northChild, role: "child" },
          { personId: southChild, role: "child" },
        ],
      })
    ).id;
  });

  it("shows only the members in the reader's area, and says how many others there are", async () => {
    const family = await (await north.call()).families.get({ familyId });
    expect(family.members.map((m) => m.personId)).toEqual([northChild]);
    expect(family.membersOutsideYourArea).toBe(1);
    const everyone = await (await admin.call()).families.get({ familyId });
    expect(everyone.members.map((m) => m.personId).sort()).toEqual([northChild, southChild].sort());
    expect(everyone.membersOutsideYourArea).toBe(0);
  });

  it("audits a person read for each member shown, and none for those hidden", async () => {
    const before = (await auditRows(t.db)).length;
    await (await north.call()).families.get({ familyId });
    const rows = (await auditRows(t.db)).slice(before);
    expect(rows.map((r) => [r.action, r.entityId]).sort()).toEqual(
      [
        ["family.read", familyId],
        ["person.read", northChild],
      ].sort(),
    );
    expect(rows.find((r) => r.action === "person.read")).toMatchObject({
      outcome: "allowed",
      actorRole: "lcss_worker",
      detail: { via: "family", familyId },
    });

    const beforeAdmin = (await auditRows(t.db)).length;
    await (await admin.call()).families.get({ familyId });
    const adminRows = (await auditRows(t.db)).slice(beforeAdmin);
    expect(
      adminRows
        .filter((r) => r.action === "person.read")
        .map((r) => r.entityId)
        .sort(),
    ).toEqual([northChild, southChild].sort());
  });

  it("names on a person's page only the families in the reader's area, counting the rest", async () => {
    const southFamily = await (
      await admin.call()
    ).families.create({ name: "South household", postcode: "OX14 3AA", members: [{ personId: northChild, role: "child" }] });
    const person = await (await north.call()).people.get({ personId: northChild });
    expect(person.families.map((f) => f.familyId)).toEqual([familyId]);
    expect(person.familiesOutsideYourArea).toBe(1);
    expect(person.families.map((f) => f.familyId)).not.toContain(southFamily.id);
  });
});

describe("the county-wide mobile provision", () => {
  it("is owned by North", async () => {
    const [mobile] = await t.db.select().from(schema.centres).where(eq(schema.centres.slug, "mobile"));
    expect(mobile!.areaId).toBe(area.north);
  });

  it("is managed by North's centre managers and not by a centre manager in another area", async () => {
    const query = { centreId: await centreIdOf(t.db, "mobile"), from: "2026-01-05", to: "2026-01-11" };
    expect(await rejection((await centralManager.call()).centreSessions.list(query))).toMatchObject({ code: "FORBIDDEN" });
    await expect((await (await signedInAs(t.db, "centre_manager")).call()).centreSessions.list(query)).resolves.toEqual([]);
  });
});
