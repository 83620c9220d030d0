import { schema } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completedAssessment } from "./assessment-support";
import { startSession } from "../src/auth/session";
import { areaIdOf, auditRows, client, rejection, signedInAs, testConfig, type Client } from "./support";

/**
 * Issue 11 §5: a request for service to FSS is made from an Early Help Assessment or a team around
 * the family as well as from a consultation, through the same procedure and rules. It lands in
 * FSS's intake queue; the requester sees its status on the assessment or team it came from.
 */
let t: TestDatabase;
let lcss: Client;
let family: { familyId: string; childId: string; parentId: string };
const now = new Date("2026-11-23T10:00:00Z");
const ask = (source: { assessmentId?: string; tafId?: string; consultationId?: string }) => ({
  ...source,
  level: 3,
  reasons: "Needs have grown beyond what the team can meet.",
  triedSoFar: "Six weeks of a team around the family.",
  consentGivenBy: "Jo Teamed",
  consentGivenOn: "2026-11-23",
});

beforeAll(async () => {
  t = await createTestDatabase();
  lcss = await signedInAs(t.db, "lcss_worker", { now: () => now });
  const api = await lcss.call();
  const person = async (firstName: string, dateOfBirth: string) => {
    const made = await api.people.create({ firstName, lastName: "Teamed", dateOfBirth, postcode: "OX16 1AA" });
    if (made.status !== "created") throw new Error("expected a new person");
    return made.person.id;
  };
  const childId = await person("Ellie", "2017-03-04");
  const parentId = await person("Jo", "1990-01-01");
  const { id: familyId } = await api.families.create({
    name: "Teamed household",
    postcode: "OX16 1AA",
    members: [
      { personId: childId, role: "child" },
      { personId: parentId, role: "parent_carer" },
    ],
  });
  family = { familyId, childId, parentId };
});
afterAll(() => t?.destroy());

describe("a request for service from an assessment or a team", () => {
  it("is made from a completed assessment, once, filed in the family's area and shown on the assessment", async () => {
    const api = await lcss.call();
    const draft = await completedAssessment(api, family, false);
    const early = await rejection(api.requestsForService.create(ask({ assessmentId: draft })));
    expect(early.fields.assessmentId).toEqual(["Complete the assessment before asking FSS for a service"]);

    const assessmentId = await completedAssessment(api, family);
    const made = await api.requestsForService.create(ask({ assessmentId }));
    expect(made).toMatchObject({ status: "received", reference: expect.stringMatching(/^RS\d{6}$/) });
    const again = await rejection(api.requestsForService.create(ask({ assessmentId })));
    expect(again).toMatchObject({ code: "CONFLICT", fields: { assessmentId: ["A request for service has already been made from here"] } });
    expect((await api.assessments.get({ assessmentId })).requestForService).toMatchObject({ id: made.id, status: "received" });

    const [row] = await t.db.select().from(schema.requestsForService).where(eq(schema.requestsForService.id, made.id));
    expect(row).toMatchObject({ assessmentId, tafId: null, consultationId: null, familyId: family.familyId, status: "received" });
    // Filed in North, where the family lives: that is the FSS intake queue it lands in.
    expect(row!.areaId).toBe(await areaIdOf(t.db, "north"));
    const audited = (await auditRows(t.db)).filter((a) => a.action === "requestsForService.create" && a.entityType === "assessment");
    expect(audited.map((a) => a.entityId)).toEqual([assessmentId]);
  });

  it("is made from an open team around the family and shows on the team; a closed team cannot ask", async () => {
    const api = await lcss.call();
    const { id: tafId } = await api.taf.start({ assessmentId: await completedAssessment(api, family), startedOn: "2026-11-23" });
    const made = await api.requestsForService.create(ask({ tafId }));
    expect((await api.taf.get({ tafId })).requestForService).toMatchObject({ id: made.id, reference: made.reference, status: "received" });

    const other = await api.taf.start({ assessmentId: await completedAssessment(api, family), startedOn: "2026-11-23" });
    await api.taf.close({ tafId: other.id, closedOn: "2026-11-23", reason: "outcomes_met", summary: "All done." });
    await expect(api.requestsForService.create(ask({ tafId: other.id }))).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("names exactly one source, and another area's is answered as unknown", async () => {
    const api = await lcss.call();
    const assessmentId = await completedAssessment(api, family);
    const { id: tafId } = await api.taf.start({ assessmentId, startedOn: "2026-11-23" });
    const both = await rejection(api.requestsForService.create(ask({ assessmentId, tafId })));
    expect(both.fields.consultationId).toEqual(["Make the request from one consultation, assessment or team around the family"]);
    const none = await rejection(api.requestsForService.create(ask({})));
    expect(none.fields.consultationId).toBeDefined();

    const [southWorker] = await t.db
      .insert(schema.staffUsers)
      .values({
        email: "south.rfs@hearth.test",
        displayName: "South worker",
        role: "lcss_worker",
        areaId: await areaIdOf(t.db, "south"),
        passwordHash: "x",
      })
      .returning();
    const c = client(t.db, { now: () => now });
    await startSession(t.db, c.cookies, testConfig, { staffId: southWorker!.id, now, ip: null, userAgent: null });
    await expect((await c.call()).requestsForService.create(ask({ tafId }))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
