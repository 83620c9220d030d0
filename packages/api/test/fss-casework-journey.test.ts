import { randomUUID } from "node:crypto";
import { schema } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { addDays, londonDateOf } from "@hearth/domain";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { areaIdOf, auditRows, rejection, signedInAs, type Client } from "./support";

/**
 * Issue 12 end to end through the API: LCSS's request → the allocation meeting → the allocated
 * case → a visit → the plan → a review → oversight → closure; the team's workload and reallocation;
 * and bad input refused beside its field with nothing written.
 */
let t: TestDatabase;
let lcss: Client;
let manager: Client;
let northId: string;
let familyId: string;
let childId: string;
let workerId: string;
let otherWorkerId: string;
let worker: Client;
const today = () => londonDateOf(new Date());

async function fssWorker(displayName: string, areaId: string) {
  const [row] = await t.db
    .insert(schema.staffUsers)
    .values({ email: `fss.${randomUUID()}@hearth.test`, displayName, role: "fss_worker", areaId })
    .returning();
  return row!.id;
}

/** Counts of every table a refused write could have touched. */
async function written() {
  return {
    outcomes: await t.db.$count(schema.casePlanOutcomes),
    actions: await t.db.$count(schema.casePlanActions),
    reviews: await t.db.$count(schema.caseReviews),
    oversight: await t.db.$count(schema.caseOversight),
    reallocations: await t.db.$count(schema.caseReallocations),
    visits: await t.db.$count(schema.caseVisits),
    cases: await t.db.$count(schema.fssCases),
  };
}

beforeAll(async () => {
  t = await createTestDatabase();
  northId = await areaIdOf(t.db, "north");
  await t.db.update(schema.staffUsers).set({ areaId: northId }).where(eq(schema.staffUsers.role, "fss_manager"));
  await t.db.update(schema.staffUsers).set({ areaId: northId }).where(eq(schema.staffUsers.role, "fss_worker"));
  worker = await signedInAs(t.db, "fss_worker");
  const [demoWorker] = await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.role, "fss_worker")).limit(1);
  workerId = demoWorker!.id;
  otherWorkerId = await fssWorker("Olly Other", northId);
  lcss = await signedInAs(t.db, "lcss_worker");
  manager = await signedInAs(t.db, "fss_manager");
  const api = await lcss.call();
  const child = await api.people.create({ firstName: "Jess", lastName: "Journey", dateOfBirth: "2014-09-01", postcode: "OX16 1AA" });
  if (child.status !== "created") throw new Error("expected a new person");
  childId = child.person.id;
  familyId = (await api.families.create({ name: "Journey household", postcode: "OX16 1AA", members: [{ personId: childId, role: "child" }] })).id;
});
afterAll(() => t.destroy());

let caseId: string;

describe("a family's case from request to closure", () => {
  it("is requested by LCSS, allocated at the meeting, visited, planned, reviewed, overseen and closed", async () => {
    const lcssApi = await lcss.call();
    const schoolId = (await lcssApi.consultations.reference({})).organisations.find((o) => o.kind === "school")!.id;
    const consultation = await lcssApi.consultations.create({
      callerName: "Head teacher",
      callerRole: "Head teacher",
      organisationId: schoolId,
      familyKind: "named",
      familyId,
      childIds: [childId],
      consentGivenBy: "Mother",
      concern: "Persistent absence and neglect concerns.",
      indicatorCodes: ["PC-BAS-3"],
      protectiveFactors: [],
      adviceGiven: "Request to FSS discussed with mother.",
      outcome: "request_for_service",
      level: 3,
    });
    const { id: requestId } = await lcssApi.requestsForService.create({
      consultationId: consultation.id,
      level: 3,
      reasons: "Needs exceed early help.",
      triedSoFar: "TAF for six months.",
      consentGivenBy: "Mother",
      consentGivenOn: today(),
    });

    const mgr = await manager.call();
    const { staff } = await mgr.allocationMeetings.choices({});
    const { meetingId } = await mgr.allocationMeetings.create({
      heldOn: today(),
      staffIds: staff.filter((s) => s.id === workerId).map((s) => s.id),
      partners: [{ name: "Dee Police", agency: "Thames Valley Police" }],
    });
    const decided = await mgr.requestsForService.decide({
      requestId,
      meetingId,
      decision: "accepted",
      keyWorkerId: workerId,
      childIds: [childId],
      category: "child_in_need",
    });
    caseId = decided.caseId!;

    const api = await worker.call();
    await api.cases.recordVisit({
      caseId,
      kind: "home",
      occurredOn: today(),
      time: "00:00",
      whoWasSeen: "Jess and mother",
      children: [{ personId: childId, seen: true, seenAlone: true }],
      narrative: "Home visit; Jess seen alone in her room.",
      significant: false,
    });
    const { id: outcomeId } = await api.cases.addOutcome({ caseId, description: "Jess attends school every day" });
    const { id: actionId } = await api.cases.addAction({
      caseId,
      outcomeId,
      description: "Morning routine chart with mother",
      owner: "Mother",
      dueOn: addDays(today(), 14),
    });
    await api.cases.updateAction({ caseId, actionId, status: "in_progress" });
    // The first review falls due 12 weeks after the case opened, in the key worker's My work.
    const due = (await api.myWork.list({})).items.find((i) => i.id === `case-review:${caseId}`);
    expect(due).toMatchObject({ kind: "case_review", dueOn: addDays(today(), 84), familyId });
    await api.cases.recordReview({
      caseId,
      heldOn: today(),
      progress: "Attendance up to 90%.",
      decision: "continue_plan",
      decisionNote: "Keep going to the next review.",
    });
    await mgr.cases.recordOversight({
      caseId,
      kind: "management_decision",
      decidedOn: today(),
      decision: "Case to remain at child in need.",
      rationale: "Progress is steady and the child is seen alone.",
    });

    const page = await api.cases.get({ caseId });
    expect(page.plan.outcomes).toEqual([
      expect.objectContaining({
        description: "Jess attends school every day",
        actions: [expect.objectContaining({ owner: "Mother", status: "in_progress" })],
      }),
    ]);
    expect(page.plan.reviews).toEqual([expect.objectContaining({ heldOn: today(), decision: "continue_plan" })]);
    expect(page.plan.oversight).toEqual([expect.objectContaining({ kind: "management_decision", rationale: expect.stringMatching(/steady/) })]);
    expect(page.plan.nextReviewDue).toBe(addDays(today(), 84));

    await api.cases.close({ caseId, reason: "Outcomes met", summary: "Attendance restored.", outcome: "met", stepDownToLcss: true });
    // Closed is read-only: the plan and reviews are refused until a manager reopens it.
    const refused = await rejection(api.cases.addOutcome({ caseId, description: "Another" }));
    expect(refused.code).toBe("CONFLICT");
    expect((await api.myWork.list({})).items.find((i) => i.id === `case-review:${caseId}`)).toBeUndefined();

    const chronology = (await mgr.chronology.list({ familyId, service: "fss" })).events.map((e) => e.title);
    expect(chronology).toEqual(expect.arrayContaining(["FSS case opened", "FSS case plan review", "FSS management decision", "FSS case closed"]));
    expect(chronology.some((title) => title?.startsWith("Accepted (RS"))).toBe(true);
    const actions = (await auditRows(t.db)).filter((a) => a.entityId === caseId).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "case.plan.addOutcome",
        "case.plan.addAction",
        "case.plan.updateAction",
        "case.review.record",
        "case.oversight.record",
        "case.close",
      ]),
    );
  });
});

describe("workload and reallocation", () => {
  it("shows each worker's families, children, CP plans and overdue visits; a manager reallocates with a reason", async () => {
    const mgr = await manager.call();
    await mgr.cases.reopen({ caseId, reason: "New concerns from school" });
    const before = await mgr.cases.teamWorkload({});
    const mine = before.workers.find((w) => w.id === workerId)!;
    expect(mine).toMatchObject({ families: 1, children: 1, childProtectionPlans: 0, visitsOverdue: 0 });
    expect(before.workers.find((w) => w.id === otherWorkerId)).toMatchObject({ families: 0, children: 0 });

    const south = await fssWorker("Sue South", await areaIdOf(t.db, "south"));
    const counts = await written();
    const outside = await rejection(mgr.cases.reallocate({ caseId, keyWorkerId: south, reason: "Capacity" }));
    expect(outside.fields.keyWorkerId?.[0]).toMatch(/must be FSS staff working in this family’s area/);
    const noReason = await rejection(mgr.cases.reallocate({ caseId, keyWorkerId: otherWorkerId, reason: " " }));
    expect(noReason.fields.reason?.[0]).toBeDefined();
    expect(await written()).toEqual(counts);
    const workerRefused = await rejection((await worker.call()).cases.reallocate({ caseId, keyWorkerId: otherWorkerId, reason: "Mine" }));
    expect(workerRefused.code).toBe("FORBIDDEN");

    await mgr.cases.reallocate({ caseId, keyWorkerId: otherWorkerId, reason: "Olly has capacity; Kim on leave" });
    const after = await mgr.cases.teamWorkload({});
    expect(after.workers.find((w) => w.id === otherWorkerId)).toMatchObject({ families: 1, children: 1 });
    expect(after.workers.find((w) => w.id === workerId)).toMatchObject({ families: 0 });
    const [moved] = await t.db.select().from(schema.caseReallocations).where(eq(schema.caseReallocations.caseId, caseId));
    expect(moved).toMatchObject({ fromStaffId: workerId, toStaffId: otherWorkerId, reason: "Olly has capacity; Kim on leave" });
    const summaries = (await mgr.chronology.list({ familyId, kind: "fss_case" })).events.map((e) => e.summary);
    expect(summaries.some((s) => s.endsWith(" to Olly Other: Olly has capacity; Kim on leave"))).toBe(true);
  });
});

describe("bad input", () => {
  it("refuses dates out of order, a visit in the future and a closure without a reason, writing nothing", async () => {
    const mgr = await manager.call();
    const counts = await written();
    const openedOn = (await mgr.cases.get({ caseId })).case.openedOn;
    const future = await rejection(
      mgr.cases.recordVisit({
        caseId,
        kind: "home",
        occurredOn: addDays(today(), 1),
        time: "09:00",
        whoWasSeen: "Jess",
        children: [{ personId: childId, seen: true, seenAlone: true }],
        narrative: "Not yet",
      }),
    );
    expect(future.fields.occurredOn?.[0]).toBe("The date and time of the visit must be now or in the past");
    const reviewAhead = await rejection(
      mgr.cases.recordReview({ caseId, heldOn: addDays(today(), 1), progress: "x", decision: "continue_plan", decisionNote: "x" }),
    );
    expect(reviewAhead.fields.heldOn?.[0]).toBe("The date of the review must be today or in the past");
    const reviewBefore = await rejection(
      mgr.cases.recordReview({ caseId, heldOn: addDays(openedOn, -1), progress: "x", decision: "continue_plan", decisionNote: "x" }),
    );
    expect(reviewBefore.fields.heldOn?.[0]).toMatch(/on or after the day the case opened/);
    const { outcomes } = (await mgr.cases.get({ caseId })).plan;
    const actionBefore = await rejection(
      mgr.cases.addAction({ caseId, outcomeId: outcomes[0]!.id, description: "x", owner: "x", dueOn: addDays(openedOn, -1) }),
    );
    expect(actionBefore.fields.dueOn?.[0]).toBe("The due date must be on or after the day the case opened");
    const noReason = await rejection(mgr.cases.close({ caseId, reason: "", summary: "Done", outcome: "met" }));
    expect(noReason.fields.reason?.[0]).toBeDefined();
    expect(await written()).toEqual(counts);
    expect((await mgr.cases.get({ caseId })).case.status).toBe("open");
  });
});
