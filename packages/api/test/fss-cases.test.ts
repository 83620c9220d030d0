import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { schema } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSession } from "../src/auth/session";
import { areaIdOf, auditRows, client, rejection, signedInAs, testConfig } from "./support";

/**
 * Issue 12 §2: FSS whole-family cases. A Central manager opens a case for a Central family and
 * allocates it to a Central worker; the worker records visits under the rules; the visit cadence
 * shows in My work on the right working days; a closed case is read-only until a manager reopens it.
 */
let t: TestDatabase;
// Monday 2 March 2026, 10:00 in London (GMT).
let clock = new Date("2026-03-02T10:00:00Z");
const now = () => clock;

let centralWorkerId: string;
let otherWorkerId: string;
let familyId: string;
let southFamilyId: string;
let cpChildId: string;
let cinChildId: string;
let carerId: string;
let caseId: string;

async function person(firstName: string, dateOfBirth: string, areaId: string) {
  const [row] = await t.db.insert(schema.people).values({ firstName, lastName: "Casework", dateOfBirth, areaId }).returning();
  return row!.id;
}
async function worker(displayName: string, areaId: string) {
  const [row] = await t.db
    .insert(schema.staffUsers)
    .values({ email: `fss.${randomUUID()}@hearth.test`, displayName, role: "fss_worker", areaId })
    .returning();
  return row!.id;
}
async function as(staffId: string) {
  const c = client(t.db, { now });
  await startSession(t.db, c.cookies, testConfig, { staffId, now: now(), ip: null, userAgent: null });
  return c.call();
}
const manager = async () => (await signedInAs(t.db, "fss_manager", { now })).call();
const visit = (overrides: Record<string, unknown> = {}) => ({
  caseId,
  kind: "home" as const,
  occurredOn: "2026-03-02",
  time: "09:30",
  whoWasSeen: "Mum, Casey and Jo",
  children: [
    { personId: cpChildId, seen: true, seenAlone: true },
    { personId: cinChildId, seen: true, seenAlone: false, notSeenAloneReason: "Jo is two and stayed with mum" },
  ],
  narrative: "Home visit. The house was warm and the children were well.",
  significant: false,
  ...overrides,
});

beforeAll(async () => {
  t = await createTestDatabase({ max: 5 });
  const central = await areaIdOf(t.db, "central");
  const south = await areaIdOf(t.db, "south");
  centralWorkerId = await worker("Casey Worker", central);
  otherWorkerId = await worker("Other Worker", central);
  cpChildId = await person("Casey", "2016-04-01", central);
  cinChildId = await person("Jo", "2024-01-10", central);
  carerId = await person("Mum", "1990-01-10", central);
  const [family] = await t.db.insert(schema.families).values({ name: "Casework family", areaId: central }).returning();
  familyId = family!.id;
  await t.db.insert(schema.familyMembers).values([
    { familyId, personId: cpChildId, role: "child" },
    { familyId, personId: cinChildId, role: "child" },
    { familyId, personId: carerId, role: "parent_carer" },
  ]);
  const [southFamily] = await t.db.insert(schema.families).values({ name: "Southern family", areaId: south }).returning();
  southFamilyId = southFamily!.id;
});
afterAll(() => t.destroy());

describe("opening a case", () => {
  it("refuses a key worker outside the family's area, and a person who is not a child of the family, beside the fields", async () => {
    const southWorkerId = await worker("South Worker", await areaIdOf(t.db, "south"));
    const refused = await rejection(
      (await manager()).cases.open({
        familyId,
        children: [
          { personId: cpChildId, category: "child_protection_plan" },
          { personId: carerId, category: "child_in_need" },
        ],
        keyWorkerId: centralWorkerId,
        reason: "Section 47 enquiry led to a CP plan",
      }),
    );
    expect(refused).toEqual({ code: "BAD_REQUEST", fields: { "children.1.personId": ["Choose a child from this family"] } });
    const outside = await rejection(
      (await manager()).cases.open({
        familyId,
        children: [{ personId: cpChildId, category: "child_protection_plan" }],
        keyWorkerId: southWorkerId,
        reason: "Section 47 enquiry led to a CP plan",
      }),
    );
    expect(outside.fields.keyWorkerId?.[0]).toMatch(/FSS staff working in this family’s area/);
    expect(await t.db.select().from(schema.fssCases)).toEqual([]);
  });

  it("opens a case for the family's children with a key worker, audited", async () => {
    const opened = await (
      await manager()
    ).cases.open({
      familyId,
      children: [
        { personId: cpChildId, category: "child_protection_plan" },
        { personId: cinChildId, category: "child_in_need" },
      ],
      keyWorkerId: centralWorkerId,
      reason: "Section 47 enquiry led to a CP plan",
    });
    caseId = opened.caseId;
    const page = await (await as(centralWorkerId)).cases.get({ caseId });
    expect(page.case).toMatchObject({ status: "open", openedOn: "2026-03-02", keyWorkerName: "Casey Worker" });
    // Not yet seen: due 10 working days and 4 weeks from the day the case opened.
    expect(page.children.map((c) => [c.firstName, c.nextVisitDue])).toEqual([
      ["Casey", "2026-03-16"],
      ["Jo", "2026-03-30"],
    ]);
    expect((await auditRows(t.db)).filter((r) => r.entityId === caseId).map((r) => r.action)).toEqual(["case.open", "case.read"]);
  });

  it("answers an FSS manager from another area as if the family did not exist", async () => {
    const refused = await rejection(
      (await manager()).cases.open({
        familyId: southFamilyId,
        children: [{ personId: cpChildId, category: "child_in_need" }],
        keyWorkerId: centralWorkerId,
        reason: "Out of area",
      }),
    );
    expect(refused.code).toBe("NOT_FOUND");
  });
});

describe("recording a visit", () => {
  it("needs a reason when a child was seen but not alone", async () => {
    const refused = await rejection(
      (await as(centralWorkerId)).cases.recordVisit(visit({ children: [{ personId: cpChildId, seen: true, seenAlone: false }] })),
    );
    expect(refused.fields["children.0.notSeenAloneReason"]).toEqual(["Say why the child was not seen alone"]);
    expect(await t.db.select().from(schema.caseVisits)).toEqual([]);
  });

  it("refuses a visit in the future, beside the date, and writes nothing", async () => {
    const refused = await rejection((await as(centralWorkerId)).cases.recordVisit(visit({ time: "10:01" })));
    expect(refused).toEqual({ code: "BAD_REQUEST", fields: { occurredOn: ["The date and time of the visit must be now or in the past"] } });
    expect(await t.db.select().from(schema.caseVisits)).toEqual([]);
  });

  it("needs every child on the case accounted for", async () => {
    const refused = await rejection((await as(centralWorkerId)).cases.recordVisit(visit({ children: [{ personId: cpChildId, seen: false }] })));
    expect(refused.fields.children).toEqual(["Say for each child on the case whether they were seen"]);
  });

  it("refuses a worker who does not hold the case, audited", async () => {
    const before = (await auditRows(t.db)).length;
    await expect((await as(otherWorkerId)).cases.recordVisit(visit())).rejects.toMatchObject({ code: "FORBIDDEN" });
    const written = (await auditRows(t.db)).slice(before);
    expect(written.filter((r) => r.outcome === "denied")).toEqual([
      expect.objectContaining({ action: "case.visit.record", actorStaffId: otherWorkerId }),
    ]);
  });

  it("records the key worker's visit on the case and the family's chronology, and moves the next visit due", async () => {
    const api = await as(centralWorkerId);
    await api.cases.recordVisit(visit());
    const page = await api.cases.get({ caseId });
    expect(page.visits).toEqual([
      expect.objectContaining({
        kind: "home",
        whoWasSeen: "Mum, Casey and Jo",
        recordedByName: "Casey Worker",
        occurredAt: new Date("2026-03-02T09:30:00Z"),
      }),
    ]);
    expect(page.visits[0]!.children).toContainEqual({
      personId: cinChildId,
      seen: true,
      seenAlone: false,
      notSeenAloneReason: "Jo is two and stayed with mum",
    });
    const chronology = await api.chronology.list({ familyId, kind: "case_visit" });
    expect(chronology.events).toEqual([
      expect.objectContaining({ kind: "case_visit", title: "Home visit", summary: "Seen: Mum, Casey and Jo", by: "Casey Worker" }),
    ]);
    const involvement = await api.families.involvement({ familyId });
    expect(involvement.services.fss?.cases).toEqual([
      expect.objectContaining({ id: caseId, status: "open", visits: 1, keyWorkerName: "Casey Worker" }),
    ]);
  });
});

describe("visit cadence in My work", () => {
  it("shows each child's visit due on the right working day, and overdue once it has passed (Easter skipped)", async () => {
    // Seen on Thursday 26 March: the CP child is next due on Monday 13 April, Good Friday and Easter Monday skipped.
    clock = new Date("2026-03-26T12:00:00Z");
    await (await as(centralWorkerId)).cases.recordVisit(visit({ occurredOn: "2026-03-26", time: "11:00" }));
    const due = await (await as(centralWorkerId)).myWork.list({ kinds: ["case_visit"] });
    expect(due.items.map((i) => [i.title, i.dueOn, i.status])).toEqual([
      ["Visit a child on a child protection plan", "2026-04-13", "due"],
      ["Visit a child in need", "2026-04-23", "due"],
    ]);
    clock = new Date("2026-04-14T09:00:00+01:00");
    const later = await (await as(centralWorkerId)).myWork.list({ kinds: ["case_visit"] });
    expect(later.items.map((i) => [i.dueOn, i.status])).toEqual([
      ["2026-04-13", "overdue"],
      ["2026-04-23", "due"],
    ]);
    const caseload = await (await as(centralWorkerId)).cases.myCaseload({});
    expect(caseload.cases).toEqual([
      expect.objectContaining({
        id: caseId,
        familyName: "Casework family",
        children: 2,
        childProtectionPlans: 1,
        nextVisitDue: "2026-04-13",
        visitStatus: "overdue",
      }),
    ]);
  });
});

describe("closing and reopening", () => {
  it("closes the case; it is then read-only and off My work", async () => {
    const api = await as(centralWorkerId);
    await api.cases.close({ caseId, reason: "Plan ended", summary: "The family no longer needs FSS.", outcome: "met" });
    await expect(api.cases.recordVisit(visit({ occurredOn: "2026-04-14", time: "08:00" }))).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(api.cases.close({ caseId, reason: "Again", summary: "Again", outcome: "met" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await api.myWork.list({ kinds: ["case_visit"] })).items).toEqual([]);
    expect((await api.cases.get({ caseId })).case).toMatchObject({ status: "closed", outcome: "met", closeReason: "Plan ended" });
  });

  it("refuses a closure without a reason beside the field", async () => {
    const refused = await rejection((await as(centralWorkerId)).cases.close({ caseId, reason: " ", summary: "x", outcome: "met" }));
    expect(refused.fields.reason).toEqual(["Enter the reason for closing"]);
  });

  it("is reopened by a manager with a reason, not by the worker", async () => {
    await expect((await as(centralWorkerId)).cases.reopen({ caseId, reason: "New concerns" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await (await manager()).cases.reopen({ caseId, reason: "New concerns from school" });
    const page = await (await as(centralWorkerId)).cases.get({ caseId });
    expect(page.case).toMatchObject({ status: "open", reopenReason: "New concerns from school", outcome: null });
    const [reopened] = (await auditRows(t.db)).filter((r) => r.action === "case.reopen" && r.outcome !== "denied");
    expect(reopened!.detail).toMatchObject({ before: { status: "closed", outcome: "met" } });
  });
});

describe("out of area", () => {
  it("a South FSS worker asking for a Central case gets NOT_FOUND, exactly as for an unknown case, both audited", async () => {
    const south = await (await signedInAs(t.db, "fss_worker", { now })).call();
    await expect(south.cases.get({ caseId })).rejects.toMatchObject({ code: "NOT_FOUND", message: "No record was found" });
    await expect(south.cases.get({ caseId: randomUUID() })).rejects.toMatchObject({ code: "NOT_FOUND", message: "No record was found" });
    await expect(south.cases.recordVisit(visit({ occurredOn: "2026-04-14", time: "08:00" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [southWorker] = await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.email, "fss.worker@hearth.test"));
    const denied = (await auditRows(t.db)).filter((r) => r.actorStaffId === southWorker!.id && r.outcome === "denied");
    expect(denied.map((r) => r.action)).toEqual(["case.read", "case.read", "case.visit.record"]);
    expect((await south.cases.myCaseload({})).cases).toEqual([]);
  });
});
