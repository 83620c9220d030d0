import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { schema } from "@hearth/db";
import type { StaffRole } from "@hearth/domain";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditRows, rejection, signedInAs, type Client } from "./support";

/**
 * Issue 10 §2: a restricted record is refused to staff not named on it by every procedure that
 * reads or changes a person, not only the person page; managers name and un-name staff from a
 * list of staff; and a search result known in another area opens through its handle, not an id.
 * Demo accounts: lcss_worker North, lcss_senior and fss_manager Central, admin county-wide.
 */
let t: TestDatabase;
const as: Partial<Record<StaffRole, Client>> = {};
const staffIds: Partial<Record<StaffRole, string>> = {};
const api = (role: StaffRole) => as[role]!.call();
const CONTACT = "Central LCSS manager";
const REASON = "Child brought to Banbury A&E, checking for safeguarding history";

async function centralPerson(firstName: string, lastName = "Everywhere") {
  const result = await (
    await api("admin")
  ).people.create({ firstName, lastName, dateOfBirth: "2018-07-09", postcode: "OX4 1AA", confirmedNotDuplicate: true });
  if (result.status !== "created") throw new Error("expected a new person");
  return result.person.id;
}

beforeAll(async () => {
  t = await createTestDatabase();
  for (const role of ["lcss_worker", "lcss_senior", "fss_manager", "admin", "data_officer"] as const) {
    as[role] = await signedInAs(t.db, role);
    const [staff] = await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.role, role)).limit(1);
    staffIds[role] = staff!.id;
  }
});
afterAll(() => t.destroy());

describe("every procedure about a person checks the restriction", () => {
  let personId: string;
  let siblingId: string;
  let familyId: string;
  beforeAll(async () => {
    personId = await centralPerson("Ros");
    siblingId = await centralPerson("Sib");
    familyId = (
      await (
        await api("admin")
      ).families.create({ name: "Everywhere household", postcode: "OX4 1AA", members: [{ personId: siblingId, role: "child" }] })
    ).id;
    await (await api("admin")).families.members.add({ familyId, personId, role: "child" });
    await (await api("lcss_senior")).restrictions.set({ personId, category: "high_profile", contact: CONTACT });
  });

  it("does not lead a family search by the restricted member's name to their family", async () => {
    const ids = (rows: { kind: string; id?: string }[]) => rows.map((r) => r.id);
    expect(ids(await (await api("fss_manager")).families.search({ name: "Ros" }))).not.toContain(familyId);
    expect(ids(await (await api("fss_manager")).families.search({ name: "Sib" }))).toContain(familyId);
  });

  it("refuses people.update to the same area's staff not named, and writes nothing", async () => {
    const refused = await (await api("fss_manager")).people.update({ personId, changes: { lastName: "Changed" } }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "FORBIDDEN", message: `Restricted record: contact ${CONTACT}` });
    const [row] = await t.db.select().from(schema.people).where(eq(schema.people.id, personId));
    expect(row!.lastName).toBe("Everywhere");
    expect((await auditRows(t.db)).filter((r) => r.action === "person.update" && r.entityId === personId).map((r) => r.outcome)).toEqual(["denied"]);
    // The manager who restricted it is named, so may change it.
    await (await api("lcss_senior")).people.update({ personId, changes: { lastName: "Everywhere" } });
  });

  it("refuses changing, removing or adding the person through a family", async () => {
    const manager = await api("fss_manager");
    expect(await rejection(manager.families.members.change({ familyId, personId, role: "other_adult" }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await rejection(manager.families.members.remove({ familyId, personId, reason: "Moved out" }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await rejection(manager.families.update({ familyId, removePersonIds: [personId] }))).toMatchObject({ code: "FORBIDDEN" });
    const other = (await manager.families.create({ name: "Other household", postcode: "OX4 1AA" })).id;
    expect(await rejection(manager.families.members.add({ familyId: other, personId, role: "child" }))).toMatchObject({ code: "FORBIDDEN" });
    const members = await t.db.select().from(schema.familyMembers).where(eq(schema.familyMembers.personId, personId));
    expect(members.map((m) => m.familyId)).toEqual([familyId]);
  });

  it("refuses a chronology entry about the person", async () => {
    const refused = await rejection(
      (await api("fss_manager")).chronology.addEntry({ familyId, personId, occurredOn: "2026-11-02", kind: "note", summary: "About Ros" }),
    );
    expect(refused).toMatchObject({ code: "BAD_REQUEST", fields: { personId: [expect.any(String)] } });
    await (await api("lcss_senior")).chronology.addEntry({ familyId, personId, occurredOn: "2026-11-02", kind: "note", summary: "About Ros" });
  });

  it("leaves the person out of the add-person duplicate check, counting them only", async () => {
    const answer = await (
      await api("fss_manager")
    ).people.create({ firstName: "Ros", lastName: "Everywhere", dateOfBirth: "2018-07-09", postcode: "OX4 1AA" });
    expect(answer).toMatchObject({ status: "possible_duplicates", matchesOutsideYourArea: 1 });
    expect(JSON.stringify(answer)).not.toContain(personId);
  });

  it("shows a search match only as whom to contact", async () => {
    const found = await (await api("fss_manager")).people.search({ name: "Ros Everywhere" });
    expect(found).toContainEqual({ kind: "restricted", contact: CONTACT });
    expect(JSON.stringify(found)).not.toContain(personId);
    const named = await (await api("lcss_senior")).people.search({ name: "Ros Everywhere" });
    expect(named).toContainEqual(expect.objectContaining({ kind: "record", id: personId }));
  });
});

describe("naming staff on a restriction", () => {
  let personId: string;
  beforeAll(async () => {
    personId = await centralPerson("Nia");
    await (await api("lcss_senior")).restrictions.set({ personId, category: "staff_relative", contact: CONTACT });
  });

  it("finds staff by part of their name, and lists who is named", async () => {
    const manager = await api("lcss_senior");
    const [worker] = await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.id, staffIds.lcss_worker!));
    const found = await manager.restrictions.findStaff({ query: worker!.displayName.slice(0, 4) });
    expect(found.map((s) => s.staffId)).toContain(staffIds.lcss_worker);
    expect(await rejection(manager.restrictions.findStaff({ query: "a" }))).toMatchObject({
      code: "BAD_REQUEST",
      fields: { query: [expect.any(String)] },
    });

    await manager.restrictions.allowStaff({ personId, staffId: staffIds.lcss_worker! });
    const restriction = await manager.restrictions.get({ personId });
    expect(restriction.restriction).toMatchObject({ category: "staff_relative", contact: CONTACT });
    expect(restriction.named.map((n) => n.staffId).sort()).toEqual([staffIds.lcss_senior, staffIds.lcss_worker].sort());
  });

  it("takes a member of staff off, who then cannot open it, but never the last one", async () => {
    const manager = await api("lcss_senior");
    expect(await (await api("lcss_worker")).people.get({ personId })).toMatchObject({ id: personId });
    expect(await manager.restrictions.removeStaff({ personId, staffId: staffIds.lcss_worker! })).toMatchObject({ removed: true });
    expect(await rejection((await api("lcss_worker")).people.get({ personId }))).toMatchObject({ code: "FORBIDDEN" });
    const last = await manager.restrictions.removeStaff({ personId, staffId: staffIds.lcss_senior! }).catch((e: unknown) => e);
    expect(last).toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/At least one/) });
    const removals = (await auditRows(t.db)).filter(
      (r) => r.action === "person.restriction_remove_staff" && r.entityId === personId && r.outcome === "allowed",
    );
    expect(removals).toEqual([expect.objectContaining({ detail: { staffId: staffIds.lcss_worker } })]);
  });
});

describe("breaking the glass from a search result", () => {
  let personId: string;
  beforeAll(async () => {
    personId = await centralPerson("Hana", "Handle");
  });

  const handleFor = async (role: StaffRole) => {
    const found = await (await api(role)).people.search({ name: "Hana Handle" });
    const result = found.find((r) => r.kind === "elsewhere");
    if (result?.kind !== "elsewhere") throw new Error("expected a result known elsewhere");
    return result;
  };

  it("gives another area's result a handle and a summary, never its id", async () => {
    const result = await handleFor("lcss_worker");
    expect(result).toMatchObject({ firstName: "Hana", areaName: "Central" });
    expect(result.handle).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    expect(JSON.stringify(result)).not.toContain(personId);
  });

  it("opens the record with a reason, audited as breaking the glass and listed for the owning area", async () => {
    const { handle } = await handleFor("lcss_worker");
    const worker = await api("lcss_worker");
    expect(await rejection(worker.recordAccess.breakGlassFromSearch({ handle, reason: "" }))).toMatchObject({
      code: "BAD_REQUEST",
      fields: { reason: [expect.any(String)] },
    });
    const grant = await worker.recordAccess.breakGlassFromSearch({ handle, reason: REASON });
    expect(grant).toMatchObject({ personId });
    expect(await worker.people.get({ personId })).toMatchObject({ id: personId });
    const audited = (await auditRows(t.db)).filter((r) => r.action === "person.break_glass" && r.entityId === personId);
    expect(audited).toEqual([expect.objectContaining({ outcome: "allowed", actorStaffId: staffIds.lcss_worker })]);
    const log = await (await api("lcss_senior")).recordAccess.breakGlassLog();
    expect(log).toContainEqual(expect.objectContaining({ personId, staffId: staffIds.lcss_worker, reason: REASON }));
  });

  it("works only for the member of staff it was made for, and only until it expires", async () => {
    const { handle } = await handleFor("lcss_worker");
    const [centreManager] = await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.role, "centre_manager")).limit(1);
    const someoneElse = await signedInAs(t.db, "centre_manager");
    expect(await rejection((await someoneElse.call()).recordAccess.breakGlassFromSearch({ handle, reason: REASON }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await t.db.select().from(schema.recordAccessGrants).where(eq(schema.recordAccessGrants.staffId, centreManager!.id))).toEqual([]);
    const later = await signedInAs(t.db, "lcss_worker", { now: () => new Date(Date.now() + 31 * 60_000) });
    expect(await rejection((await later.call()).recordAccess.breakGlassFromSearch({ handle, reason: REASON }))).toMatchObject({ code: "NOT_FOUND" });
  });
});
