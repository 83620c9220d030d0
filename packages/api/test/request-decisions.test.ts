import { randomUUID } from "node:crypto";
import { insertRequestForService, schema } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { areaIdOf, auditRows, rejection, signedInAs, type Client } from "./support";

/**
 * Issue 12 §1: an FSS manager decides a request for service from the intake queue. Accepting
 * allocates it to a key worker and opens the family's case in the same transaction; a step-down goes
 * back to LCSS with its note, shown on the consultation; no further action needs a reason; only
 * managers decide, and another area's request is answered as unknown.
 */
let t: TestDatabase;
let lcss: Client;
let manager: Client;
let northId: string;
let familyId: string;
let childId: string;
let siblingId: string;
let keyWorkerId: string;
let schoolId: string;
const today = () => new Date().toISOString().slice(0, 10);

async function worker(displayName: string, areaId: string) {
  const [row] = await t.db
    .insert(schema.staffUsers)
    .values({ email: `fss.${randomUUID()}@hearth.test`, displayName, role: "fss_worker", areaId })
    .returning();
  return row!.id;
}

/** LCSS escalates a fresh consultation about the family; FSS receives the request. */
async function newRequest() {
  const api = await lcss.call();
  const consultation = await api.consultations.create({
    callerName: "Head teacher",
    callerRole: "Head teacher",
    organisationId: schoolId,
    callerEmail: "head@school.example",
    familyKind: "named",
    familyId,
    childIds: [childId],
    consentGivenBy: "Mother",
    concern: "Not in school for three weeks; mother unwell.",
    indicatorCodes: ["PC-BAS-3"],
    protectiveFactors: [],
    adviceGiven: "Discussed a request to FSS with mother.",
    outcome: "request_for_service",
    level: 3,
  });
  const request = await api.requestsForService.create({
    consultationId: consultation.id,
    level: 3,
    reasons: "Needs exceed what the school and early help can meet.",
    triedSoFar: "Attendance plan and a TAF since September.",
    consentGivenBy: "Mother",
    consentGivenOn: today(),
  });
  return { consultationId: consultation.id, requestId: request.id };
}

beforeAll(async () => {
  t = await createTestDatabase();
  northId = await areaIdOf(t.db, "north");
  // The demo FSS manager works in Central; here they run North's allocation meeting.
  await t.db.update(schema.staffUsers).set({ areaId: northId }).where(eq(schema.staffUsers.role, "fss_manager"));
  keyWorkerId = await worker("Kit Allocated", northId);
  lcss = await signedInAs(t.db, "lcss_worker");
  manager = await signedInAs(t.db, "fss_manager");
  const api = await lcss.call();
  const child = await api.people.create({ firstName: "Rory", lastName: "Allocated", dateOfBirth: "2015-06-01", postcode: "OX16 1AA" });
  const sibling = await api.people.create({ firstName: "Jo", lastName: "Allocated", dateOfBirth: "2019-02-01", postcode: "OX16 1AA" });
  if (child.status !== "created" || sibling.status !== "created") throw new Error("expected new people");
  childId = child.person.id;
  siblingId = sibling.person.id;
  familyId = (
    await api.families.create({
      name: "Allocated household",
      postcode: "OX16 1AA",
      members: [
        { personId: childId, role: "child" },
        { personId: siblingId, role: "child" },
      ],
    })
  ).id;
  schoolId = (await api.consultations.reference({})).organisations.find((o) => o.kind === "school")!.id;
});
afterAll(() => t.destroy());

describe("deciding a request for service", () => {
  it("shows the manager the family's children and each possible key worker's open cases", async () => {
    const { requestId } = await newRequest();
    const detail = await (await manager.call()).requestsForService.get({ requestId });
    expect(detail.choices?.children.map((c) => c.name).sort()).toEqual(["Jo Allocated", "Rory Allocated"]);
    expect(detail.choices?.keyWorkers).toContainEqual({ id: keyWorkerId, displayName: "Kit Allocated", openCases: 0 });
  });

  it("accepts and allocates: the case is opened for the family with its key worker, in one transaction", async () => {
    const { requestId, consultationId } = await newRequest();
    const decided = await (
      await manager.call()
    ).requestsForService.decide({
      requestId,
      decision: "accepted",
      keyWorkerId,
      childIds: [childId, siblingId],
      category: "child_in_need",
      reason: "Allocated at the North allocation meeting.",
    });
    expect(decided).toMatchObject({ status: "accepted", caseId: expect.any(String), decidedAt: expect.any(String) });
    const fssCase = await (await manager.call()).cases.get({ caseId: decided.caseId! });
    expect(fssCase).toMatchObject({ case: expect.objectContaining({ keyWorkerId, keyWorkerName: "Kit Allocated" }) });
    const [row] = await t.db.select().from(schema.fssCases).where(eq(schema.fssCases.id, decided.caseId!));
    expect(row).toMatchObject({ familyId, keyWorkerId, status: "open" });
    const named = await t.db.select().from(schema.fssCaseChildren).where(eq(schema.fssCaseChildren.caseId, decided.caseId!));
    expect(named.map((c) => c.personId).sort()).toEqual([childId, siblingId].sort());
    // The requester sees the decision on the consultation.
    expect((await (await lcss.call()).consultations.get({ consultationId })).requestForService).toMatchObject({ status: "accepted" });
    // The next decision shows the worker's caseload one higher.
    const next = await newRequest();
    const choices = (await (await manager.call()).requestsForService.get({ requestId: next.requestId })).choices;
    expect(choices?.keyWorkers.find((k) => k.id === keyWorkerId)?.openCases).toBe(1);
    const audited = (await auditRows(t.db)).filter((a) => a.outcome !== "denied");
    expect(audited).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: "requestsForService.decide", entityType: "request_for_service", entityId: requestId }),
        expect.objectContaining({ action: "case.open", entityType: "fss_case", entityId: decided.caseId }),
      ]),
    );
    // A request once decided cannot be decided again.
    const again = await rejection((await manager.call()).requestsForService.decide({ requestId, decision: "escalated" }));
    expect(again.code).toBe("CONFLICT");
  });

  it("refuses a key worker from another area and writes nothing: neither case nor decision", async () => {
    const { requestId } = await newRequest();
    const southWorker = await worker("Sam South", await areaIdOf(t.db, "south"));
    const cases = (await t.db.select().from(schema.fssCases)).length;
    const refused = await rejection(
      (await manager.call()).requestsForService.decide({
        requestId,
        decision: "accepted",
        keyWorkerId: southWorker,
        childIds: [childId],
        category: "neet",
      }),
    );
    expect(refused.fields.keyWorkerId?.[0]).toMatch(/Choose a key worker from the list/);
    expect((await t.db.select().from(schema.fssCases)).length).toBe(cases);
    const [row] = await t.db.select().from(schema.requestsForService).where(eq(schema.requestsForService.id, requestId));
    expect(row).toMatchObject({ status: "received", decidedAt: null });
  });

  it("steps down to early help with a note that LCSS sees on the consultation", async () => {
    const { requestId, consultationId } = await newRequest();
    const note = "Early help with a TAF can meet these needs; please re-refer if attendance does not improve.";
    await (await manager.call()).requestsForService.decide({ requestId, decision: "stepped_down", reason: note });
    const seen = (await (await lcss.call()).consultations.get({ consultationId })).requestForService;
    expect(seen).toMatchObject({ status: "stepped_down", decisionReason: note, decidedAt: expect.any(String) });
    // ...and in the LCSS consultation list, where the step-down is back with them.
    const listed = (await (await lcss.call()).consultations.list({})).consultations.find((c) => c.id === consultationId);
    expect(listed?.requestForServiceStatus).toBe("stepped_down");
    const withoutNote = await rejection(
      (await manager.call()).requestsForService.decide({ requestId: (await newRequest()).requestId, decision: "stepped_down" }),
    );
    expect(withoutNote.fields.reason?.[0]).toMatch(/note for early help/);
  });

  it("refuses no further action without a reason, and accepts it with one", async () => {
    const { requestId } = await newRequest();
    const refused = await rejection((await manager.call()).requestsForService.decide({ requestId, decision: "no_further_action", reason: "  " }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.fields.reason?.[0]).toBe("Enter the reason for no further action");
    const [row] = await t.db.select().from(schema.requestsForService).where(eq(schema.requestsForService.id, requestId));
    expect(row!.status).toBe("received");
    const done = await (
      await manager.call()
    ).requestsForService.decide({ requestId, decision: "no_further_action", reason: "Needs already met by CAMHS." });
    expect(done).toMatchObject({ status: "no_further_action", caseId: null });
  });

  it("is not for workers, who are refused and audited", async () => {
    const { requestId } = await newRequest();
    const fssWorker = await signedInAs(t.db, "fss_worker");
    await expect((await fssWorker.call()).requestsForService.decide({ requestId, decision: "escalated" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await auditRows(t.db)).at(-1)).toMatchObject({ outcome: "denied", actorRole: "fss_worker" });
  });

  it("answers another area's request as unknown, writing nothing", async () => {
    const southId = await areaIdOf(t.db, "south");
    const [southFamily] = await t.db.insert(schema.families).values({ name: "Southern household", areaId: southId }).returning();
    const [requester] = await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.role, "lcss_worker"));
    const south = await insertRequestForService(t.db, {
      areaId: southId,
      familyId: southFamily!.id,
      level: 3,
      reasons: "South reasons",
      triedSoFar: "South tried",
      consentGivenBy: "Parent",
      consentGivenOn: today(),
      requestedBy: requester!.id,
      requestedAt: new Date(),
    });
    await expect(
      (await manager.call()).requestsForService.decide({ requestId: south.id, decision: "no_further_action", reason: "Not ours" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [row] = await t.db.select().from(schema.requestsForService).where(eq(schema.requestsForService.id, south.id));
    expect(row!.status).toBe("received");
    expect((await auditRows(t.db)).at(-1)).toMatchObject({ outcome: "denied", action: "requestsForService.decide" });
  });
});
