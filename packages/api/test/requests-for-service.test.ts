import { schema } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { areaIdOf, auditRows, rejection, signedInAs, type Client } from "./support";

/**
 * Issue 11 §5: LCSS escalates a named consultation to FSS as a request for service. It arrives in
 * the area's FSS intake queue as received; the requester sees its status and FSS's decision on the
 * consultation; it is on the family's chronology and in its Involvement section.
 */
let t: TestDatabase;
let lcss: Client;
let fss: Client;
let familyId: string;
let childId: string;
let schoolId: string;
let northLocalityId: string;
const today = () => new Date().toISOString().slice(0, 10);

const namedCall = () => ({
  callerName: "Head teacher",
  callerRole: "Head teacher",
  organisationId: schoolId,
  callerEmail: "head@school.example",
  familyKind: "named" as const,
  familyId,
  childIds: [childId],
  consentGivenBy: "Mother",
  concern: "Not in school for three weeks; mother unwell.",
  indicatorCodes: ["PC-BAS-3"],
  protectiveFactors: [],
  adviceGiven: "Discussed a request to FSS with mother.",
  outcome: "request_for_service" as const,
  level: 3,
});
const request = (consultationId: string) => ({
  consultationId,
  level: 3,
  reasons: "Needs exceed what the school and early help can meet.",
  triedSoFar: "Attendance plan and a TAF since September.",
  consentGivenBy: "Mother",
  consentGivenOn: today(),
});

beforeAll(async () => {
  t = await createTestDatabase();
  // The demo FSS worker works in South; this request is filed in North, where the family lives.
  const [fssWorker] = await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.role, "fss_worker"));
  await t.db
    .update(schema.staffUsers)
    .set({ areaId: await areaIdOf(t.db, "north") })
    .where(eq(schema.staffUsers.id, fssWorker!.id));
  lcss = await signedInAs(t.db, "lcss_worker");
  fss = await signedInAs(t.db, "fss_worker");
  const api = await lcss.call();
  const person = await api.people.create({ firstName: "Rory", lastName: "Escalated", dateOfBirth: "2015-06-01", postcode: "OX16 1AA" });
  if (person.status !== "created") throw new Error("expected a new person");
  childId = person.person.id;
  familyId = (await api.families.create({ name: "Escalated household", postcode: "OX16 1AA", members: [{ personId: childId, role: "child" }] })).id;
  const reference = await api.consultations.reference({});
  schoolId = reference.organisations.find((o) => o.kind === "school")!.id;
  const north = await areaIdOf(t.db, "north");
  northLocalityId = reference.localities.find((l) => l.areaId === north)!.id;
});
afterAll(() => t.destroy());

describe("a request for service to FSS", () => {
  let consultationId: string;
  let requestId: string;

  it("is made from a named consultation and arrives in the area's FSS intake queue as received", async () => {
    const api = await lcss.call();
    const recorded = await api.consultations.create(namedCall());
    expect(recorded.status).toBe("awaiting_feedback");
    consultationId = recorded.id;
    const made = await api.requestsForService.create(request(consultationId));
    expect(made).toMatchObject({ status: "received", reference: expect.stringMatching(/^RS\d{6}$/), decisionReason: null });
    requestId = made.id;

    const queue = await (await fss.call()).requestsForService.list({ status: "received" });
    expect(queue.requests).toEqual([
      expect.objectContaining({
        id: requestId,
        reference: made.reference,
        familyId,
        familyName: "Escalated household",
        level: 3,
        status: "received",
        requestedByName: "Lena Carter",
        consultationReference: recorded.reference,
      }),
    ]);
    const detail = await (await fss.call()).requestsForService.get({ requestId });
    expect(detail).toMatchObject({
      reasons: request(consultationId).reasons,
      triedSoFar: request(consultationId).triedSoFar,
      consentGivenBy: "Mother",
    });
    const audited = (await auditRows(t.db)).filter((a) => a.action === "requestsForService.get" && a.entityId === familyId);
    expect(audited).toHaveLength(1);
  });

  it("is not in another area's queue, and is answered there as unknown", async () => {
    const central = await (await signedInAs(t.db, "fss_manager")).call();
    expect((await central.requestsForService.list({})).requests.map((r) => r.id)).not.toContain(requestId);
    await expect(central.requestsForService.get({ requestId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("shows the requester its status and, once FSS decides, the decision on the consultation", async () => {
    const api = await lcss.call();
    expect((await api.consultations.get({ consultationId })).requestForService).toMatchObject({ id: requestId, status: "received" });
    // FSS's allocation meeting (issue 12) decides; here its decision is written as it would be.
    await t.db
      .update(schema.requestsForService)
      .set({ status: "stepped_down", decisionReason: "Early help with a TAF can meet the needs.", decidedAt: new Date() })
      .where(eq(schema.requestsForService.id, requestId));
    expect((await api.consultations.get({ consultationId })).requestForService).toMatchObject({
      status: "stepped_down",
      decisionReason: "Early help with a TAF can meet the needs.",
      decidedAt: expect.any(String),
    });
  });

  it("is on the family's chronology and in its Involvement section", async () => {
    const api = await lcss.call();
    const chronology = await api.chronology.list({ familyId, kind: "request_for_service" });
    expect(chronology.events).toEqual([
      expect.objectContaining({ service: "lcss", significant: true, title: expect.stringMatching(/^Request for service RS\d{6} to FSS$/) }),
    ]);
    expect(chronology.events[0]!.summary).toMatch(/Stepped down to early help/);
    const involvement = await api.families.involvement({ familyId });
    expect(involvement.services.lcss?.requestsForService).toEqual([expect.objectContaining({ id: requestId, status: "stepped_down", level: 3 })]);
  });

  it("refuses a second request from the same consultation", async () => {
    const refused = await rejection((await lcss.call()).requestsForService.create(request(consultationId)));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.fields.consultationId?.[0]).toMatch(/already been made/);
  });

  it("refuses a no-names consultation and consent dated after the request, writing nothing", async () => {
    const api = await lcss.call();
    const before = (await t.db.select().from(schema.requestsForService)).length;
    const noNames = await api.consultations.create({
      ...namedCall(),
      familyKind: "no_names",
      familyId: undefined,
      childIds: [],
      consentGivenBy: undefined,
      childAge: 10,
      localityId: northLocalityId,
      level: 3,
      outcome: "advice_only",
    });
    const unnamed = await rejection(api.requestsForService.create(request(noNames.id)));
    expect(unnamed.fields.consultationId?.[0]).toMatch(/Name the family/);

    const another = await api.consultations.create(namedCall());
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const late = await rejection(api.requestsForService.create({ ...request(another.id), consentGivenOn: tomorrow }));
    expect(late.fields.consentGivenOn?.[0]).toMatch(/today or in the past/);
    const noReasons = await rejection(api.requestsForService.create({ ...request(another.id), reasons: " " }));
    expect(noReasons.fields.reasons?.[0]).toBeDefined();
    expect(await t.db.select().from(schema.requestsForService)).toHaveLength(before);
  });

  it("is another area's consultation answered as unknown to LCSS", async () => {
    const central = await (await signedInAs(t.db, "lcss_senior")).call();
    await expect(central.requestsForService.create(request(consultationId))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
