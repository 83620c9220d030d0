import { describe, expect, it } from "vitest";
import { censusChildSchema } from "./census-child";
import {
  childProtectionPlanRecordSchema,
  cinAssessmentRecordSchema,
  cinReferralCreateSchema,
  closeCinEpisode,
  section47RecordSchema,
} from "./cin-episode";
import { cleanCensusChild } from "./census-checker/testing/clean-child";

const messages = (r: { error?: { issues: { message: string }[] } }) => r.error?.issues.map((i) => i.message);

describe("recording statutory episodes", () => {
  it("needs a primary need when the referral leads to further action", () => {
    const base = {
      childId: "33333333-3333-4333-8333-333333333333",
      referralDate: "2026-01-05",
      referralSource: "6",
    };
    expect(messages(cinReferralCreateSchema.safeParse({ ...base, referralNfa: false }))).toEqual([
      "Choose the primary need: the referral led to further action",
    ]);
    expect(cinReferralCreateSchema.safeParse({ ...base, referralNfa: true }).success).toBe(true);
    expect(messages(cinReferralCreateSchema.safeParse({ ...base, referralSource: "11", referralNfa: true }))).toEqual([
      "Choose where the referral came from",
    ]);
  });

  it("keeps assessment factors consistent", () => {
    expect(
      messages(
        cinAssessmentRecordSchema.safeParse({
          startDate: "2026-01-05",
          authorisationDate: "2026-01-04",
          factors: ["21", "3b"],
        }),
      ),
    ).toEqual(["The assessment cannot be authorised before it started", "‘21 No factors identified’ cannot be chosen with other factors"]);
    expect(
      messages(
        cinAssessmentRecordSchema.safeParse({
          startDate: "2026-01-05",
          authorisationDate: "2026-02-05",
          factors: ["99Z"],
        }),
      ),
    ).toEqual(["Choose a factor from the census list"]);
  });

  it("takes only current census factor codes, in any case", () => {
    const record = (factors: string[]) =>
      cinAssessmentRecordSchema.safeParse({
        startDate: "2026-01-05",
        authorisationDate: "2026-02-05",
        factors,
      });
    expect(record([" 3b ", "24a"]).data?.factors).toEqual(["3B", "24A"]);
    // 18A and 19A were split into B and C codes; the census still queries them, so none are made.
    for (const retired of ["18A", "19A", "25A", "CONSTRUCTOR"]) {
      expect(record([retired]).error?.issues).toMatchObject([{ path: ["factors", 0], message: "Choose a factor from the census list" }]);
    }
  });

  it("keeps enquiries and plans in date order", () => {
    expect(
      messages(
        section47RecordSchema.safeParse({
          startDate: "2026-01-05",
          dateOfInitialCpc: "2026-01-02",
        }),
      ),
    ).toEqual(["The conference cannot be before the enquiry started"]);
    const plan = {
      startDate: "2026-01-05",
      endDate: "2026-01-05",
      initialCategory: "NEG",
      latestCategory: "EMO",
      numberOfPreviousCpp: 0,
    };
    expect(messages(childProtectionPlanRecordSchema.safeParse(plan))).toEqual(["The plan must end after the day it starts"]);
    expect(
      messages(
        childProtectionPlanRecordSchema.safeParse({
          ...plan,
          endDate: undefined,
          initialCategory: "XXX",
        }),
      ),
    ).toEqual(["Choose the category of abuse"]);
  });

  it("accepts a loose census child and rejects impossible dates", () => {
    expect(censusChildSchema.parse({}).episodes).toEqual([]);
    expect(censusChildSchema.safeParse({ dateOfBirth: "2025-02-30" }).success).toBe(false);
  });
});

describe("closing a CIN episode", () => {
  const episode = () => {
    const e = cleanCensusChild().episodes[0]!;
    return { ...e, closureDate: null, reasonForClosure: null };
  };

  it("closes with a date and a reason", () => {
    const result = closeCinEpisode(episode(), {
      closureDate: "2026-03-02",
      reasonForClosure: "RC7",
    });
    expect(result).toMatchObject({
      ok: true,
      value: { closureDate: "2026-03-02", reasonForClosure: "RC7" },
    });
  });

  it("refuses to close without a reason", () => {
    expect(closeCinEpisode(episode(), { closureDate: "2026-03-02" })).toEqual({
      ok: false,
      reasons: ["Choose the reason for closing the case"],
    });
  });

  it("refuses to close with work still open or recorded later", () => {
    const e = episode();
    e.cinPlans[0]!.endDate = null;
    e.assessments.push({ startDate: "2026-02-01", authorisationDate: null, factors: [] });
    expect(closeCinEpisode(e, { closureDate: "2026-01-10", reasonForClosure: "RC12" })).toEqual({
      ok: false,
      reasons: [
        "Choose a reason for closure from the census list",
        "Work is recorded after the closure date: close the case on or after the last activity",
        "Complete or end the open assessment first",
        "End the open plan first",
      ],
    });
  });

  it("refuses ‘closed after assessment’ with no assessment, and a second closure", () => {
    const e = { ...episode(), assessments: [], section47s: [], cpPlans: [], cinPlans: [] };
    expect(closeCinEpisode(e, { closureDate: "2026-03-02", reasonForClosure: "RC8" })).toEqual({
      ok: false,
      reasons: ["‘Closed after assessment’ needs an assessment on the episode"],
    });
    expect(
      closeCinEpisode({ ...e, closureDate: "2026-03-01", reasonForClosure: "RC7" }, { closureDate: "2026-03-02", reasonForClosure: "RC7" }),
    ).toEqual({
      ok: false,
      reasons: ["The case was already closed on 1 March 2026"],
    });
  });
});
