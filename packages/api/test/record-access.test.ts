import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { schema } from "@hearth/db";
import type { StaffRole } from "@hearth/domain";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RestrictedRecord } from "../src/record-access/restricted-record";
import { areaIdOf, auditRows, rejection, signedInAs, type Client } from "./support";

/**
 * Issue 10 §2: another area's record opens only with a recorded reason (break the glass), which
 * the owning area's managers see; a restricted record opens only for the staff named on it.
 * Demo accounts: lcss_worker North, lcss_senior and fss_manager Central, fss_worker South,
 * centre_staff Blackbird Leys (Central), centre_manager Banbury (North); admin, eet_officer and
 * data_officer county-wide. The records here are Central's (OX4).
 */
let t: TestDatabase;
const as: Partial<Record<StaffRole, Client>> = {};
const staffIds: Partial<Record<StaffRole, string>> = {};
const REASON = "Child brought to Banbury A&E, checking for safeguarding history";

const api = (role: StaffRole) => as[role]!.call();

async function centralPerson(firstName: string) {
  const result = await (
    await api("admin")
  ).people.create({ firstName, lastName: "Glass", dateOfBirth: "2018-07-09", postcode: "OX4 1AA", confirmedNotDuplicate: true });
  if (result.status !== "created") throw new Error("expected a new person");
  return result.person.id;
}

const grantsFor = (personId: string) => t.db.select().from(schema.recordAccessGrants).where(eq(schema.recordAccessGrants.personId, personId));
const auditOf = async (entityId: string, action: string) => (await auditRows(t.db)).filter((r) => r.entityId === entityId && r.action === action);

beforeAll(async () => {
  t = await createTestDatabase();
  for (const role of [
    "lcss_worker",
    "lcss_senior",
    "fss_manager",
    "fss_worker",
    "centre_staff",
    "centre_manager",
    "admin",
    "data_officer",
    "eet_officer",
  ] as const) {
    as[role] = await signedInAs(t.db, role);
    // signedInAs signs in the first demo account of the role.
    const [staff] = await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.role, role)).limit(1);
    staffIds[role] = staff!.id;
  }
});
afterAll(() => t.destroy());

describe("breaking the glass", () => {
  let personId: string;
  beforeAll(async () => {
    personId = await centralPerson("Bea");
    const [row] = await t.db.select().from(schema.people).where(eq(schema.people.id, personId));
    expect(row!.areaId).toBe(await areaIdOf(t.db, "central"));
  });

  it("is refused without a reason, or with a token one, and writes nothing", async () => {
    const north = await api("lcss_worker");
    for (const reason of [undefined, "", "   ", "checking"]) {
      const refused = await rejection(north.recordAccess.breakGlass({ personId, reason } as never));
      expect(refused.code).toBe("BAD_REQUEST");
      expect(refused.fields.reason?.[0]).toMatch(/reason|why/i);
    }
    expect(await grantsFor(personId)).toEqual([]);
    expect(await auditOf(personId, "person.break_glass")).toEqual([]);
    expect(await rejection(north.people.get({ personId }))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("with a reason opens the record for eight hours, audited as breaking the glass", async () => {
    const before = Date.now();
    const grant = await (await api("lcss_worker")).recordAccess.breakGlass({ personId, reason: REASON });
    expect(grant.expiresAt!.getTime() - before).toBeGreaterThan(8 * 3600_000 - 60_000);
    expect(grant.expiresAt!.getTime() - before).toBeLessThanOrEqual(8 * 3600_000 + 60_000);
    expect(await auditOf(personId, "person.break_glass")).toEqual([
      expect.objectContaining({ outcome: "allowed", actorStaffId: staffIds.lcss_worker }),
    ]);

    const person = await (await api("lcss_worker")).people.get({ personId });
    expect(person).toMatchObject({ id: personId, firstName: "Bea" });
    const reads = (await auditOf(personId, "person.read")).filter((r) => r.actorStaffId === staffIds.lcss_worker && r.outcome === "allowed");
    expect(reads).toEqual([expect.objectContaining({ detail: { via: "break_glass" } })]);
    // The grant is the North worker's alone: another North member of staff still cannot open it.
    expect(await rejection((await api("centre_manager")).people.get({ personId }))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("is listed for the owning area's managers and data officers, and for no one else", async () => {
    for (const role of ["lcss_senior", "fss_manager", "data_officer"] as const) {
      const log = await (await api(role)).recordAccess.breakGlassLog();
      expect(log, role).toEqual(
        expect.arrayContaining([expect.objectContaining({ personId, staffId: staffIds.lcss_worker, reason: REASON, firstName: "Bea" })]),
      );
    }
    // Banbury's centre manager manages North, not the record's area.
    expect((await (await api("centre_manager")).recordAccess.breakGlassLog()).map((r) => r.personId)).not.toContain(personId);
    for (const role of ["lcss_worker", "fss_worker", "centre_staff", "admin"] as const)
      expect(await rejection((await api(role)).recordAccess.breakGlassLog()), role).toMatchObject({ code: "FORBIDDEN" });
  });

  it("stops opening the record once it has expired", async () => {
    const southWorker = staffIds.fss_worker!;
    const long = new Date(Date.now() - 9 * 3600_000);
    await t.db
      .insert(schema.recordAccessGrants)
      .values({ staffId: southWorker, personId, reason: REASON, grantedAt: long, expiresAt: new Date(long.getTime() + 8 * 3600_000) });
    expect(await rejection((await api("fss_worker")).people.get({ personId }))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("writes no grant for someone who may open the record anyway", async () => {
    const grant = await (await api("fss_manager")).recordAccess.breakGlass({ personId, reason: REASON });
    expect(grant.expiresAt).toBeNull();
    expect((await grantsFor(personId)).map((g) => g.staffId)).not.toContain(staffIds.fss_manager);
  });
});

describe("a restricted record", () => {
  let personId: string;
  let siblingId: string;
  let familyId: string;
  const CONTACT = "Central LCSS manager";

  beforeAll(async () => {
    personId = await centralPerson("Rae");
    siblingId = await centralPerson("Sam");
    familyId = (
      await (
        await api("admin")
      ).families.create({
        name: "Glass household",
        postcode: "OX4 1AA",
        members: [
          { personId, role: "child" },
          { personId: siblingId, role: "child" },
        ],
      })
    ).id;
    await (await api("lcss_senior")).restrictions.set({ personId, category: "adoption", note: "Placement order", contact: CONTACT });
  });

  it("is hidden from everyone not named, same-area workers and county-wide roles included, who are told whom to contact", async () => {
    // Data officers never read the person index, restricted or not; they manage restrictions only.
    for (const role of ["fss_manager", "centre_staff", "admin", "eet_officer", "lcss_worker"] as const) {
      const refused = await (await api(role)).people.get({ personId }).catch((e: unknown) => e);
      expect(refused, role).toMatchObject({ code: "FORBIDDEN", message: `Restricted record: contact ${CONTACT}` });
      expect((refused as { cause: unknown }).cause).toBeInstanceOf(RestrictedRecord);
    }
    const denials = (await auditOf(personId, "person.read")).filter((r) => r.outcome === "denied");
    expect(denials.length).toBeGreaterThanOrEqual(5);
    expect(denials.every((r) => (r.detail as { reason: string }).reason === "restricted")).toBe(true);
  });

  it("cannot be opened by breaking the glass", async () => {
    expect(await rejection((await api("lcss_worker")).recordAccess.breakGlass({ personId, reason: REASON }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await grantsFor(personId)).toEqual([]);
  });

  it("opens for the manager who restricted it and for staff they name, wherever those work", async () => {
    expect(await (await api("lcss_senior")).people.get({ personId })).toMatchObject({ id: personId });
    await (await api("lcss_senior")).restrictions.allowStaff({ personId, staffId: staffIds.lcss_worker! });
    expect(await (await api("lcss_worker")).people.get({ personId })).toMatchObject({ id: personId });
    expect(await auditOf(personId, "person.restriction_allow_staff")).toHaveLength(1);
    expect(await rejection((await api("fss_manager")).people.get({ personId }))).toMatchObject({ code: "FORBIDDEN" });
  });

  it("is left out of its family for everyone not named, and counted", async () => {
    const before = (await auditOf(personId, "person.read")).filter((r) => r.outcome === "allowed").length;
    const family = await (await api("fss_manager")).families.get({ familyId });
    expect(family.members.map((m) => m.personId)).toEqual([siblingId]);
    expect(family).toMatchObject({ membersRestricted: 1, membersOutsideYourArea: 0 });
    expect((await auditOf(personId, "person.read")).filter((r) => r.outcome === "allowed")).toHaveLength(before);
    const named = await (await api("lcss_senior")).families.get({ familyId });
    expect(named.members.map((m) => m.personId).sort()).toEqual([personId, siblingId].sort());
  });

  it("is managed only by the owning area's managers and data officers, each change audited", async () => {
    expect(await rejection((await api("centre_manager")).restrictions.lift({ personId }))).toMatchObject({ code: "NOT_FOUND" });
    for (const role of ["lcss_worker", "fss_worker", "centre_staff", "admin"] as const)
      expect(await rejection((await api(role)).restrictions.lift({ personId })), role).toMatchObject({ code: "FORBIDDEN" });
    expect(await (await api("data_officer")).restrictions.lift({ personId })).toMatchObject({ lifted: true });
    expect(await (await api("fss_manager")).people.get({ personId })).toMatchObject({ id: personId });
    expect(await auditOf(personId, "person.restrict")).toEqual([
      expect.objectContaining({ actorStaffId: staffIds.lcss_senior, detail: { category: "adoption" } }),
    ]);
    const lifts = (await auditOf(personId, "person.restriction_lift")).filter((r) => r.outcome === "allowed");
    expect(lifts).toEqual([expect.objectContaining({ actorStaffId: staffIds.data_officer })]);
  });
});
