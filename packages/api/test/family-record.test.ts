import type { TestDatabase } from "@hearth/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { familyFixture, type FamilyFixture } from "./family-support";
import { auditRows, rejection, signedInAs, type Client } from "./support";

/**
 * The family record (issue 10 §3). Demo accounts: lcss_worker North, centre_manager North
 * (Banbury), fss_worker South, data_officer county-wide. The family is made by the North worker.
 */
let t: TestDatabase;
let north: Client;
let familyId: string;
let childId: string;
let parentId: string;
let newPerson: FamilyFixture["newPerson"];
let rowsFor: FamilyFixture["rowsFor"];

beforeAll(async () => {
  ({ t, north, familyId, childId, parentId, newPerson, rowsFor } = await familyFixture({
    lastName: "Hartley",
    child: { firstName: "Ruby", dateOfBirth: "2019-02-03" },
    parent: { firstName: "Dawn", dateOfBirth: "1990-06-07" },
  }));
});
afterAll(() => t.destroy());

describe("reading the family record", () => {
  it("audits the family read and each member shown, in one go", async () => {
    const before = (await rowsFor("person.read")).length;
    const record = await (await north.call()).families.record({ familyId });
    expect(record.members.map((m) => m.personId).sort()).toEqual([childId, parentId].sort());
    const reads = (await rowsFor("person.read")).slice(before);
    expect(reads.map((r) => r.entityId).sort()).toEqual([childId, parentId].sort());
    expect(reads.every((r) => (r.detail as { familyId?: string }).familyId === familyId)).toBe(true);
    expect((await rowsFor("family.read")).some((r) => r.entityId === familyId)).toBe(true);
  });

  it("shows centre involvement as its own section", async () => {
    const involvement = await (await north.call()).families.involvement({ familyId });
    expect(involvement.services.centres).toEqual({ bookings: [], attendance: [] });
    expect(involvement.family.members).toHaveLength(2);
  });

  it("answers another area's staff as if the family did not exist, for every page and change", async () => {
    const south = await (await signedInAs(t.db, "fss_worker")).call();
    for (const call of [
      () => south.families.record({ familyId }),
      () => south.families.involvement({ familyId }),
      () => south.families.alerts.add({ familyId, kind: "interpreter", text: "Interpreter: Polish", reviewBy: "2027-01-31" }),
      () => south.families.members.change({ familyId, personId: childId, role: "other_adult" }),
    ])
      expect(await rejection(call())).toMatchObject({ code: "NOT_FOUND" });
    const denials = (await auditRows(t.db)).filter((r) => r.entityId === familyId && r.outcome === "denied");
    expect(denials.length).toBeGreaterThanOrEqual(4);
  });
});

describe("alerts", () => {
  it("are added, reviewed and ended, each audited with what it was before", async () => {
    const api = await north.call();
    const alert = await api.families.alerts.add({ familyId, kind: "risk_to_staff", text: "Do not visit alone", reviewBy: "2027-01-31" });
    expect((await api.families.record({ familyId })).alerts.map((a) => a.text)).toEqual(["Do not visit alone"]);
    const [added] = (await rowsFor("family.alert.add")).filter((r) => r.entityId === familyId);
    expect(added!.detail).toMatchObject({ alertId: alert.id, kind: "risk_to_staff", before: null });
    expect(JSON.stringify(added!.detail)).not.toContain("visit alone");

    await api.families.alerts.review({ alertId: alert.id, reviewBy: "2027-04-30" });
    const [reviewed] = await rowsFor("family.alert.review");
    expect(reviewed!.detail).toMatchObject({ alertId: alert.id, reviewBy: "2027-04-30", before: { reviewBy: "2027-01-31", reviewedAt: null } });

    await api.families.alerts.end({ alertId: alert.id, reason: "Risk assessment reviewed with the team" });
    const [ended] = await rowsFor("family.alert.end");
    expect(ended!.detail).toMatchObject({ alertId: alert.id, before: { endedAt: null, kind: "risk_to_staff", reviewBy: "2027-04-30" } });
    expect((await api.families.record({ familyId })).alerts).toEqual([]);
    expect(await rejection(api.families.alerts.review({ alertId: alert.id, reviewBy: "2027-05-31" }))).toMatchObject({ code: "CONFLICT" });
  });

  it("of another area's family are unknown", async () => {
    const api = await north.call();
    const alert = await api.families.alerts.add({ familyId, kind: "interpreter", text: "Interpreter: Polish", reviewBy: "2027-01-31" });
    const south = await (await signedInAs(t.db, "fss_worker")).call();
    expect(await rejection(south.families.alerts.end({ alertId: alert.id, reason: "Not needed" }))).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("changing members in place", () => {
  it("audits a role change with the role it had before", async () => {
    const api = await north.call();
    await api.families.members.change({ familyId, personId: parentId, role: "other_adult" });
    const [changed] = await rowsFor("family.member.change");
    expect(changed!.detail).toMatchObject({ personId: parentId, before: { role: "parent_carer" }, after: { role: "other_adult" } });
    const record = await api.families.record({ familyId });
    expect(record.members.find((m) => m.personId === parentId)?.role).toBe("other_adult");
  });

  it("audits a relationship and parental responsibility change with what they were before", async () => {
    const api = await north.call();
    await api.families.members.changeRelationship({
      familyId,
      personId: parentId,
      relativeId: childId,
      relationship: "parent",
      parentalResponsibility: "birth_mother",
    });
    await api.families.members.changeRelationship({
      familyId,
      personId: parentId,
      relativeId: childId,
      relationship: "step_parent",
      parentalResponsibility: null,
    });
    const [first, second] = await rowsFor("family.relationship.change");
    expect(first!.detail).toMatchObject({ before: null });
    expect(second!.detail).toMatchObject({
      before: { relationship: "parent", parentalResponsibility: "birth_mother" },
      after: { relationship: "step_parent", parentalResponsibility: null },
    });
    const record = await api.families.record({ familyId });
    expect(record.relationships).toMatchObject([
      { personId: parentId, relativeId: childId, relationship: "step_parent", parentalResponsibility: null },
    ]);
  });

  it("refuses parental responsibility for an adult", async () => {
    const api = await north.call();
    const refused = await rejection(
      api.families.members.changeRelationship({
        familyId,
        personId: childId,
        relativeId: parentId,
        relationship: "other",
        parentalResponsibility: "care_order",
      }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
  });

  it("adds and removes a member, audited with the role they had", async () => {
    const api = await north.call();
    const grandId = await newPerson("Irene", "1960-01-02");
    await api.families.members.add({ familyId, personId: grandId, role: "other_adult" });
    expect(await rejection(api.families.members.add({ familyId, personId: grandId, role: "other_adult" }))).toMatchObject({ code: "CONFLICT" });
    expect(await rejection(api.families.members.remove({ familyId, personId: grandId, reason: " " }))).toMatchObject({
      code: "BAD_REQUEST",
      fields: { reason: [expect.any(String)] },
    });
    await api.families.members.remove({ familyId, personId: grandId, reason: "Moved to her own flat" });
    const [removed] = await rowsFor("family.member.remove");
    expect(removed!.detail).toMatchObject({ personId: grandId, reason: "Moved to her own flat", before: { role: "other_adult" } });
    expect((await api.families.record({ familyId })).members.map((m) => m.personId)).not.toContain(grandId);
  });
});

describe("who has looked at this record", () => {
  it("is shown to managers and the data officer, listing who read the family and its members", async () => {
    for (const role of ["centre_manager", "data_officer"] as const) {
      const log = await (await (await signedInAs(t.db, role)).call()).families.accessLog({ familyId });
      expect(log.entries.some((e) => e.action === "family.read" && e.actorName)).toBe(true);
      expect(log.entries.some((e) => e.action === "person.read" && e.entityId === childId)).toBe(true);
    }
  });

  it("is refused to practitioners, and the refusal audited", async () => {
    for (const role of ["lcss_worker", "fss_worker", "centre_staff", "admin"] as const) {
      const api = await (await signedInAs(t.db, role)).call();
      expect(await rejection(api.families.accessLog({ familyId })), role).toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await auditRows(t.db)).some((r) => r.action === "families.accessLog" && r.outcome === "denied")).toBe(true);
  });
});
