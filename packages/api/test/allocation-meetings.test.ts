import { randomUUID } from "node:crypto";
import { schema } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { addDays, londonDateOf } from "@hearth/domain";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { areaIdOf, auditRows, rejection, signedInAs, type Client } from "./support";

/**
 * Issue 12 §1: the area's allocation meeting. A manager records it (day, FSS staff, partners by
 * name), goes through the requests waiting for it and decides each one there — through the one
 * `requestsForService.decide` — and the requester finds FSS's decision in their My work.
 */
let t: TestDatabase;
let lcss: Client;
let manager: Client;
let northId: string;
let familyId: string;
let childId: string;
let keyWorkerId: string;
let schoolId: string;
const today = () => londonDateOf(new Date());

async function fssWorker(displayName: string, areaId: string) {
  const [row] = await t.db
    .insert(schema.staffUsers)
    .values({ email: `fss.${randomUUID()}@hearth.test`, displayName, role: "fss_worker", areaId })
    .returning();
  return row!.id;
}

async function newRequest() {
  const api = await lcss.call();
  const consultation = await api.consultations.create({
    callerName: "Head teacher",
    callerRole: "Head teacher",
    organisationId: schoolId,
    familyKind: "named",
    familyId,
    childIds: [childId],
    consentGivenBy: "Mother",
    concern: "Not in school for three weeks.",
    indicatorCodes: ["PC-BAS-3"],
    protectiveFactors: [],
    adviceGiven: "Discussed a request to FSS with mother.",
    outcome: "request_for_service",
    level: 3,
  });
  const request = await api.requestsForService.create({
    consultationId: consultation.id,
    level: 3,
    reasons: "Needs exceed early help.",
    triedSoFar: "A TAF since September.",
    consentGivenBy: "Mother",
    consentGivenOn: today(),
  });
  return { consultationId: consultation.id, requestId: request.id };
}

async function newMeeting(heldOn = today()) {
  const api = await manager.call();
  const { staff } = await api.allocationMeetings.choices({});
  return (
    await api.allocationMeetings.create({
      heldOn,
      staffIds: staff.filter((s) => s.id === keyWorkerId).map((s) => s.id),
      partners: [{ name: "Pat Health", agency: "Health visiting" }],
    })
  ).meetingId;
}

beforeAll(async () => {
  t = await createTestDatabase();
  northId = await areaIdOf(t.db, "north");
  await t.db.update(schema.staffUsers).set({ areaId: northId }).where(eq(schema.staffUsers.role, "fss_manager"));
  keyWorkerId = await fssWorker("Kim Meeting", northId);
  lcss = await signedInAs(t.db, "lcss_worker");
  manager = await signedInAs(t.db, "fss_manager");
  const api = await lcss.call();
  const child = await api.people.create({ firstName: "Ali", lastName: "Meeting", dateOfBirth: "2016-04-01", postcode: "OX16 1AA" });
  if (child.status !== "created") throw new Error("expected a new person");
  childId = child.person.id;
  familyId = (await api.families.create({ name: "Meeting household", postcode: "OX16 1AA", members: [{ personId: childId, role: "child" }] })).id;
  schoolId = (await api.consultations.reference({})).organisations.find((o) => o.kind === "school")!.id;
});
afterAll(() => t.destroy());

describe("the allocation meeting", () => {
  it("records the day, FSS staff and partners by name, with the requests waiting as its agenda", async () => {
    const { requestId } = await newRequest();
    const meetingId = await newMeeting();
    const meeting = await (await manager.call()).allocationMeetings.get({ meetingId });
    expect(meeting).toMatchObject({
      heldOn: today(),
      staff: [{ id: keyWorkerId, displayName: "Kim Meeting" }],
      partners: [{ name: "Pat Health", agency: "Health visiting" }],
      decided: [],
      canDecide: true,
    });
    expect(meeting.waiting.map((r) => r.id)).toContain(requestId);
    const listed = await (await manager.call()).allocationMeetings.list({});
    expect(listed.meetings.find((m) => m.id === meetingId)).toMatchObject({ attendees: 2, decisions: 0 });
    expect(listed.waiting).toBeGreaterThan(0);
    // Workers of the area read it too; each family on the agenda is an audited read.
    const worker = await signedInAs(t.db, "fss_worker");
    await t.db.update(schema.staffUsers).set({ areaId: northId }).where(eq(schema.staffUsers.role, "fss_worker"));
    await (await worker.call()).allocationMeetings.get({ meetingId });
    const reads = (await auditRows(t.db)).filter((a) => a.action === "allocationMeetings.get" && a.entityType === "family");
    expect(reads.map((a) => a.entityId)).toContain(familyId);
  });

  it("allocates at the meeting: the case opens with the worker, the meeting lists it, the requester is told", async () => {
    const { requestId } = await newRequest();
    const meetingId = await newMeeting();
    const before = (await (await manager.call()).requestsForService.get({ requestId })).choices!.keyWorkers.find((k) => k.id === keyWorkerId)!;
    const decided = await (
      await manager.call()
    ).requestsForService.decide({ requestId, meetingId, decision: "accepted", keyWorkerId, childIds: [childId], category: "child_in_need" });
    expect(decided).toMatchObject({ status: "accepted", caseId: expect.any(String) });
    const meeting = await (await manager.call()).allocationMeetings.get({ meetingId });
    expect(meeting.decided.map((r) => r.id)).toEqual([requestId]);
    expect(meeting.waiting.map((r) => r.id)).not.toContain(requestId);
    // The worker's caseload, shown beside their name at the next decision, is one higher.
    const next = await newRequest();
    const after = (await (await manager.call()).requestsForService.get({ requestId: next.requestId })).choices!.keyWorkers.find(
      (k) => k.id === keyWorkerId,
    )!;
    expect(after.openCases).toBe(before.openCases + 1);
    // The LCSS requester finds the decision in My work until they mark it read.
    const mine = async () => (await (await lcss.call()).myWork.list({})).items.filter((i) => i.kind === "request_for_service_decision");
    expect((await mine()).map((i) => i.id)).toContain(`request-decision:${requestId}`);
    await (await lcss.call()).requestsForService.markDecisionRead({ requestId });
    expect((await mine()).map((i) => i.id)).not.toContain(`request-decision:${requestId}`);
    const again = await rejection((await lcss.call()).requestsForService.markDecisionRead({ requestId }));
    expect(again.code).toBe("CONFLICT");
  });

  it("steps a request down to early help: it comes back to LCSS as work with the note", async () => {
    const { requestId, consultationId } = await newRequest();
    const meetingId = await newMeeting();
    const note = "A TAF can meet these needs; re-refer if attendance does not improve.";
    await (await manager.call()).requestsForService.decide({ requestId, meetingId, decision: "stepped_down", reason: note });
    const item = (await (await lcss.call()).myWork.list({})).items.find((i) => i.id === `request-decision:${requestId}`);
    expect(item).toMatchObject({ title: expect.stringMatching(/stepped your request down to early help/), consultationId, familyId });
    expect((await (await lcss.call()).consultations.get({ consultationId })).requestForService).toMatchObject({ decisionReason: note });
    // The decision is on the family's chronology, as FSS's, saying it was taken at the meeting.
    const events = (await (await manager.call()).chronology.list({ familyId, kind: "fss_intake_decision" })).events;
    expect(events.map((e) => e.summary)).toContain(`Decided at the allocation meeting: ${note}`);
  });

  it("refuses a worker outside the area, a meeting not yet held and a mistyped year, writing nothing", async () => {
    const { requestId } = await newRequest();
    const meetingId = await newMeeting();
    const south = await fssWorker("Sid South", await areaIdOf(t.db, "south"));
    const cases = (await t.db.select().from(schema.fssCases)).length;
    const outside = await rejection(
      (await manager.call()).requestsForService.decide({
        requestId,
        meetingId,
        decision: "accepted",
        keyWorkerId: south,
        childIds: [childId],
        category: "neet",
      }),
    );
    expect(outside.fields.keyWorkerId?.[0]).toMatch(/must be FSS staff working in this family’s area/);
    const ahead = await newMeeting(addDays(today(), 7));
    const early = await rejection((await manager.call()).requestsForService.decide({ requestId, meetingId: ahead, decision: "escalated" }));
    expect(early.fields.meetingId?.[0]).toBe("Decisions can be recorded from the day of the meeting");
    const [row] = await t.db.select().from(schema.requestsForService).where(eq(schema.requestsForService.id, requestId));
    expect(row).toMatchObject({ status: "received", allocationMeetingId: null });
    expect((await t.db.select().from(schema.fssCases)).length).toBe(cases);

    const meetings = (await t.db.select().from(schema.allocationMeetings)).length;
    const mistyped = await rejection((await manager.call()).allocationMeetings.create({ heldOn: addDays(today(), 800), staffIds: [keyWorkerId] }));
    expect(mistyped.fields.heldOn?.[0]).toBe("The meeting date must be within the next year");
    const otherArea = await rejection((await manager.call()).allocationMeetings.create({ heldOn: today(), staffIds: [south] }));
    expect(otherArea.fields["staffIds.0"]?.[0]).toBe("Choose FSS staff of this area");
    expect((await t.db.select().from(schema.allocationMeetings)).length).toBe(meetings);
  });

  it("is recorded only by managers; workers are refused and audited", async () => {
    const worker = await signedInAs(t.db, "fss_worker");
    await expect((await worker.call()).allocationMeetings.create({ heldOn: today(), staffIds: [keyWorkerId] })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await auditRows(t.db)).at(-1)).toMatchObject({ outcome: "denied", actorRole: "fss_worker" });
  });
});
