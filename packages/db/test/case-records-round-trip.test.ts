import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  closeCinReferral,
  confirmThresholdDecision,
  getCinEpisode,
  getEarlyHelpAssessment,
  getThresholdDecision,
  insertChildProtectionPlan,
  insertCinAssessment,
  insertCinPlan,
  insertCinReferral,
  insertEarlyHelpAssessment,
  insertProgramme,
  insertSection47Enquiry,
  insertThresholdDecision,
  insertThresholdIndicator,
  listProgrammes,
  listThresholdIndicators,
} from "../src";
import { cinPlans, programmes, staffUsers, thresholdDecisions, thresholdIndicators } from "../src/schema";
import { createTestDatabase, type TestDatabase } from "../src/testing";
import { insertTwoPersonFamily } from "./two-person-family";

/** Every case-record table written and read back through a real PostgreSQL, constraints included. */
let t: TestDatabase;
let childId: string;
let parentId: string;
let familyId: string;
let staffId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  ({ childId, parentId, familyId } = await insertTwoPersonFamily(
    t.db,
    "Round",
    { firstName: "Maisie", dateOfBirth: "2018-06-01" },
    { firstName: "Kerry", dateOfBirth: "1990-02-11" },
  ));
  const [staff] = await t.db.select().from(staffUsers).limit(1);
  staffId = staff!.id;
});
afterAll(() => t.destroy());

/** drizzle wraps the server's error; the constraint's name is in its cause. */
const refusedBy = (constraint: string) => ({ cause: { message: expect.stringContaining(`"${constraint}"`) } });

describe("catalogues", () => {
  it("reads back the seeded indicators and programmes", async () => {
    expect((await listThresholdIndicators(t.db)).length).toBeGreaterThan(10);
    const tripleP = (await listProgrammes(t.db)).find((p) => p.name === "Group Triple P");
    expect(tripleP).toMatchObject({ levelsOfNeed: [2, 3], completionShare: 0.75, active: true });
  });

  it("refuses an indicator at level 5 at the database level", async () => {
    await expect(
      t.db.insert(thresholdIndicators).values({ code: "XX-5", domain: "child_development", area: "health", level: 5, wording: "Out of range" }),
    ).rejects.toMatchObject(refusedBy("threshold_indicators_level_check"));
    expect(
      await insertThresholdIndicator(t.db, {
        code: "XX-4",
        domain: "child_development",
        area: "health",
        level: 4,
        wording: "In range.",
        active: true,
      }),
    ).toMatchObject({ level: 4 });
  });

  it("refuses a programme serving level 5 or with a completion share above 1", async () => {
    const base = { name: "Bad", category: "parenting", evidenceRating: "3", childAgeFrom: 1, childAgeTo: 4, numberOfSessions: 8 };
    await expect(t.db.insert(programmes).values({ ...base, levelsOfNeed: [5], completionShare: 0.5 })).rejects.toMatchObject(
      refusedBy("programmes_levels_check"),
    );
    await expect(t.db.insert(programmes).values({ ...base, levelsOfNeed: [2], completionShare: 1.2 })).rejects.toMatchObject(
      refusedBy("programmes_completion_share_check"),
    );
    const stored = await insertProgramme(t.db, { ...base, category: "parenting", evidenceRating: "3", levelsOfNeed: [2], completionShare: 0.67 });
    expect(stored).toMatchObject({ completionShare: 0.67, levelsOfNeed: [2] });
  });
});

describe("early_help_assessments", () => {
  it("round-trips an assessment with its findings, voice, consent and children", async () => {
    const stored = await insertEarlyHelpAssessment(t.db, {
      assessment: {
        familyId,
        childIds: [childId],
        startedOn: "2026-03-02",
        leadProfessional: { name: "Sam Lead", agency: "Family Support Service", staffId },
        childsVoice: "Maisie says she likes school but mornings are shouty.",
        findings: [{ domain: "parenting_capacity", area: "guidance_boundaries", needs: "Bedtime routine breaks down most nights." }],
        strengths: ["Warm relationship with mum"],
        needs: ["Consistent morning routine"],
        consent: { givenByPersonId: parentId, givenOn: "2026-03-02" },
      },
      dueOn: "2026-04-13",
      createdBy: staffId,
    });
    const read = await getEarlyHelpAssessment(t.db, stored.id);
    expect(read).toMatchObject({
      status: "draft",
      dueOn: "2026-04-13",
      leadProfessionalStaffId: staffId,
      leadProfessional: { name: "Sam Lead", agency: "Family Support Service" },
      findings: [{ domain: "parenting_capacity", area: "guidance_boundaries", needs: "Bedtime routine breaks down most nights." }],
      strengths: ["Warm relationship with mum"],
      needs: ["Consistent morning routine"],
      consentGivenByPersonId: parentId,
      consentGivenOn: "2026-03-02",
      childIds: [childId],
    });
  });

  it("refuses findings the domain rejects before anything is written", async () => {
    const bad = insertEarlyHelpAssessment(t.db, {
      assessment: {
        familyId,
        childIds: [childId],
        startedOn: "2026-03-02",
        findings: [{ domain: "child_development", area: "housing", needs: "x" }],
        strengths: [],
        needs: [],
      },
      dueOn: "2026-04-13",
    });
    await expect(bad).rejects.toThrow(/This area belongs to a different domain/);
  });
});

describe("threshold_decisions", () => {
  const decision = {
    childIds: [] as string[],
    consent: "named_with_consent" as const,
    decidedOn: "2026-03-05",
    indicatorCodes: ["cd-hlt-2", "PC-BND-2"],
    protectiveFactors: ["Grandparents help every day"],
    level: 3,
    rationale: "Needs across two domains and the school is worried.",
    outcome: "fss_targeted_support" as const,
  };

  it("round-trips a decision with its indicator codes, children and senior confirmation", async () => {
    const stored = await insertThresholdDecision(t.db, {
      decision: { ...decision, childIds: [childId], decidedByStaffId: staffId, feedbackToReferrer: { sentOn: "2026-03-06", method: "phone" } },
      familyId,
      suggestedLevel: 2,
      seniorConfirmationRequired: true,
    });
    await confirmThresholdDecision(t.db, { decisionId: stored.id, confirmedBy: staffId, at: new Date("2026-03-06T10:00:00Z") });
    expect(await getThresholdDecision(t.db, stored.id)).toMatchObject({
      indicatorCodes: ["CD-HLT-2", "PC-BND-2"],
      protectiveFactors: ["Grandparents help every day"],
      suggestedLevel: 2,
      level: 3,
      outcome: "fss_targeted_support",
      decidedBy: staffId,
      seniorConfirmationRequired: true,
      confirmedBy: staffId,
      confirmedAt: new Date("2026-03-06T10:00:00Z"),
      feedbackToReferrer: { sentOn: "2026-03-06", method: "phone" },
      childIds: [childId],
    });
  });

  it("refuses a decided level of 5, and a departure from the suggestion without a rationale", async () => {
    const row = {
      consent: "no_names",
      decidedOn: "2026-03-05",
      suggestedLevel: 2,
      outcome: "advice",
      decidedBy: staffId,
      seniorConfirmationRequired: false,
    };
    await expect(t.db.insert(thresholdDecisions).values({ ...row, level: 5, rationale: "Why not" })).rejects.toMatchObject(
      refusedBy("threshold_decisions_level_check"),
    );
    await expect(t.db.insert(thresholdDecisions).values({ ...row, level: 3, rationale: "  " })).rejects.toMatchObject(
      refusedBy("threshold_decisions_rationale_check"),
    );
    const [noNames] = await t.db
      .insert(thresholdDecisions)
      .values({ ...row, level: 2 })
      .returning();
    expect(noNames).toMatchObject({ familyId: null, indicatorCodes: [], level: 2 });
  });
});

describe("CIN episodes", () => {
  it("round-trips a referral with its assessment, plans, enquiry, protection plan and closure", async () => {
    const referral = await insertCinReferral(t.db, {
      referral: { childId, referralDate: "2025-06-02", referralSource: "1A", primaryNeed: "N1", referralNfa: false },
      createdBy: staffId,
    });
    const referralId = referral.id;
    await insertCinAssessment(t.db, { referralId, record: { startDate: "2025-06-03", authorisationDate: "2025-07-01", factors: ["3a", "4B"] } });
    await insertSection47Enquiry(t.db, {
      referralId,
      record: { startDate: "2025-06-04", icpcTargetDate: "2025-06-20", dateOfInitialCpc: "2025-06-18" },
    });
    await insertChildProtectionPlan(t.db, {
      referralId,
      record: {
        startDate: "2025-06-18",
        endDate: "2025-12-10",
        initialCategory: "NEG",
        latestCategory: "EMO",
        numberOfPreviousCpp: 0,
        reviewDates: ["2025-09-10", "2025-12-03"],
      },
    });
    await insertCinPlan(t.db, { referralId, record: { startDate: "2025-12-10", endDate: "2026-03-01" } });
    await closeCinReferral(t.db, { referralId, closure: { closureDate: "2026-03-01", reasonForClosure: "RC8" }, closedBy: staffId });

    expect(await getCinEpisode(t.db, referralId)).toMatchObject({
      personId: childId,
      referralSource: "1A",
      primaryNeed: "N1",
      assessments: [{ startDate: "2025-06-03", authorisationDate: "2025-07-01", factors: ["3A", "4B"] }],
      section47s: [{ dateOfInitialCpc: "2025-06-18", icpcNotRequired: false }],
      cpPlans: [{ initialCategory: "NEG", latestCategory: "EMO", reviewDates: ["2025-09-10", "2025-12-03"] }],
      cinPlans: [{ startDate: "2025-12-10", endDate: "2026-03-01" }],
      closure: { closureDate: "2026-03-01", reasonForClosure: "RC8" },
    });
  });

  it("refuses a plan that ends before it starts, even when the domain check is bypassed", async () => {
    const { id: referralId } = await insertCinReferral(t.db, {
      referral: { childId, referralDate: "2025-01-06", referralSource: "1C", referralNfa: true },
    });
    await expect(insertCinPlan(t.db, { referralId, record: { startDate: "2025-02-01", endDate: "2025-01-31" } })).rejects.toThrow(
      /must end after the day it starts/,
    );
    await expect(t.db.insert(cinPlans).values({ referralId, startDate: "2025-02-01", endDate: "2025-01-31" })).rejects.toMatchObject(
      refusedBy("cin_plans_dates_check"),
    );
  });

  it("refuses an assessment factor outside the census code set, and stores nothing", async () => {
    const { id: referralId } = await insertCinReferral(t.db, {
      referral: { childId, referralDate: "2025-06-02", referralSource: "1A", primaryNeed: "N1", referralNfa: false },
    });
    const record = { startDate: "2025-06-03", authorisationDate: "2025-07-01", factors: ["3B", "18A"] };
    await expect(insertCinAssessment(t.db, { referralId, record })).rejects.toThrow(/Choose a factor from the census list/);
    expect((await getCinEpisode(t.db, referralId))?.assessments).toEqual([]);
  });

  it("refuses a closure without a known reason", async () => {
    const { id: referralId } = await insertCinReferral(t.db, {
      referral: { childId, referralDate: "2025-01-06", referralSource: "1C", referralNfa: true },
    });
    await expect(closeCinReferral(t.db, { referralId, closure: { closureDate: "2025-02-01", reasonForClosure: "" as never } })).rejects.toThrow(
      /Choose the reason for closing the case/,
    );
    expect((await getCinEpisode(t.db, referralId))?.closure).toBeNull();
  });
});
