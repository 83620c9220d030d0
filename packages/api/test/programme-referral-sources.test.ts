import { insertProgramme, insertProgrammeRun, schema } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completedAssessment } from "./assessment-support";
import { centreIdOf } from "./booking-support";
import { areaIdOf, auditRows, rejection, signedInAs, type Client } from "./support";

/**
 * Issue 13 §2: a family is referred to a programme run from an Early Help Assessment, a team around
 * the family or (a self-referral) a centre, through the one procedure that takes exactly one
 * source, each loaded through its own scope. Consent is recorded; the family must be the source's.
 */
let t: TestDatabase;
let lcss: Client;
let runId: string;
let family: { familyId: string; childId: string; parentId: string };
let otherFamilyId: string;
const now = new Date("2026-11-23T10:00:00Z");
const referral = (source: Record<string, string>, familyId = family.familyId) => ({
  runId,
  familyId,
  personId: family.childId,
  ...source,
  consentGiven: true as const,
  consentGivenBy: "Jo Sourced",
  consentRecordedOn: "2026-11-23",
  carerName: "Jo Sourced",
  mobile: "07700 900321",
  preferredChannel: "sms" as const,
});
const rowOf = async (referralId: string) =>
  (await t.db.select().from(schema.programmeReferrals).where(eq(schema.programmeReferrals.id, referralId)))[0]!;

beforeAll(async () => {
  t = await createTestDatabase();
  lcss = await signedInAs(t.db, "lcss_worker", { now: () => now });
  const api = await lcss.call();
  const person = async (firstName: string, dateOfBirth: string) => {
    const made = await api.people.create({ firstName, lastName: "Sourced", dateOfBirth, postcode: "OX16 1AA", confirmedNotDuplicate: true });
    if (made.status !== "created") throw new Error("expected a new person");
    return made.person.id;
  };
  const childId = await person("Ellis", "2017-03-04");
  const parentId = await person("Jo", "1990-01-01");
  const members = [
    { personId: childId, role: "child" as const },
    { personId: parentId, role: "parent_carer" as const },
  ];
  family = { familyId: (await api.families.create({ name: "Sourced household", postcode: "OX16 1AA", members })).id, childId, parentId };
  otherFamilyId = (await api.families.create({ name: "Other household", postcode: "OX16 1AA", members: [{ personId: childId, role: "child" }] })).id;
  const programme = await insertProgramme(t.db, {
    name: "Sources Triple P",
    category: "parenting",
    evidenceRating: "4",
    childAgeFrom: 0,
    childAgeTo: 17,
    levelsOfNeed: [1, 2, 3],
    numberOfSessions: 6,
    completionShare: 0.75,
  });
  runId = (
    await insertProgrammeRun(t.db, {
      run: {
        programmeId: programme!.id,
        venue: { name: "Banbury library room", postcode: "OX16 5QB" },
        schedule: { weekday: "monday", startTime: "10:00", endTime: "12:00", startsOn: "2026-12-07" },
        facilitators: [{ name: "Pat Sources" }],
        capacity: 10,
      },
      areaId: await areaIdOf(t.db, "north"),
      sessionDates: ["2026-12-07"],
    })
  ).id;
});
afterAll(() => t?.destroy());

describe("referring to a programme run from where the family is known", () => {
  it("refers from an Early Help Assessment, recorded and audited against the assessment", async () => {
    const api = await lcss.call();
    const assessmentId = await completedAssessment(api, family);
    const made = await api.programmeRuns.refer(referral({ assessmentId }));
    expect(made.status).toBe("offered");
    expect(await rowOf(made.referralId)).toMatchObject({ source: "eha", sourceId: assessmentId, consentGiven: true, consentGivenBy: "Jo Sourced" });
    const audited = (await auditRows(t.db)).filter((a) => a.action === "programmeRuns.refer" && a.entityType === "assessment");
    expect(audited.map((a) => a.entityId)).toEqual([assessmentId]);
  });

  it("refers from an open team around the family; a closed team cannot refer", async () => {
    const api = await lcss.call();
    const { id: tafId } = await api.taf.start({ assessmentId: await completedAssessment(api, family), startedOn: "2026-11-23" });
    const made = await api.programmeRuns.refer(referral({ tafId }));
    expect(await rowOf(made.referralId)).toMatchObject({ source: "taf", sourceId: tafId });
    const closed = await api.taf.start({ assessmentId: await completedAssessment(api, family), startedOn: "2026-11-23" });
    await api.taf.close({ tafId: closed.id, closedOn: "2026-11-23", reason: "outcomes_met", summary: "All done." });
    await expect(api.programmeRuns.refer(referral({ tafId: closed.id }))).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("records a self-referral at a centre in the caller's area, not at another area's", async () => {
    const api = await lcss.call();
    const made = await api.programmeRuns.refer(referral({ centreId: await centreIdOf(t.db, "banbury") }));
    expect(await rowOf(made.referralId)).toMatchObject({ source: "self", sourceId: await centreIdOf(t.db, "banbury") });
    const south = await rejection(api.programmeRuns.refer(referral({ centreId: await centreIdOf(t.db, "didcot") })));
    expect(south.fields.centreId).toEqual(["Choose your own centre, where the family asked"]);
  });

  it("takes exactly one source, about the family referred", async () => {
    const api = await lcss.call();
    const assessmentId = await completedAssessment(api, family);
    const two = await rejection(api.programmeRuns.refer(referral({ assessmentId, centreId: await centreIdOf(t.db, "banbury") })));
    expect(two.fields.centreId).toEqual([
      "Refer from one case, assessment, team around the family or consultation, or record a self-referral at one centre",
    ]);
    const none = await rejection(api.programmeRuns.refer(referral({})));
    expect(none.code).toBe("BAD_REQUEST");
    const otherFamily = await rejection(api.programmeRuns.refer(referral({ assessmentId }, otherFamilyId)));
    expect(otherFamily.fields.familyId).toEqual(["Refer the family the case, assessment, team or consultation is about"]);
    const unknown = await rejection(api.programmeRuns.refer(referral({ caseId: "00000000-0000-4000-8000-000000000000" })));
    expect(unknown.code).toBe("NOT_FOUND");
  });

  it("lists the runs still taking referrals to LCSS, who cannot read the runs themselves", async () => {
    const api = await lcss.call();
    expect((await api.programmeRuns.openForReferral({})).map((r) => r.id)).toContain(runId);
  });
});
