import { describe, expect, it } from "vitest";
import { censusProblemsOf, newRefusedProblems, type StoredCensusChild } from "./census-at-source";
import { cleanCensusChild } from "./census-checker/testing/clean-child";
import { lookedAfterPeriodRecordSchema, overlapsLookedAfterPeriod } from "./looked-after";

/** The clean census child, with made-up ids for each of its records. */
function stored(): StoredCensusChild {
  return {
    child: cleanCensusChild(),
    ids: [{ referralId: "ref-1", assessments: ["asm-1"], cinPlans: ["cin-1"], section47s: ["s47-1"], cpPlans: ["cpp-1"] }],
  };
}
const today = "2026-03-02";

describe("census checks at source", () => {
  it("finds nothing wrong with a clean child", () => {
    expect(censusProblemsOf(stored(), today)).toEqual([]);
  });

  it("puts each problem on the record and field to fix", () => {
    const s = stored();
    s.child.episodes[0]!.cinPlans[0]!.startDate = "2025-05-01";
    s.child.upn = "X801200005001";
    const problems = censusProblemsOf(s, today);
    expect(problems).toContainEqual(
      expect.objectContaining({ code: "4015", refused: true, part: "cinPlan", referralId: "ref-1", recordId: "cin-1", field: "startDate" }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ code: "1510", refused: false, part: "child", recordId: null, field: "upn" }));
  });

  it("places referral and closure problems on the referral", () => {
    const s = stored();
    s.child.episodes[0]!.primaryNeed = null;
    s.child.episodes[0]!.closureDate = "2025-05-01";
    const problems = censusProblemsOf(s, today);
    expect(problems).toContainEqual(expect.objectContaining({ code: "8610", part: "referral", recordId: "ref-1", field: "primaryNeed" }));
    expect(problems).toContainEqual(
      expect.objectContaining({ code: "8630", part: "closure", recordId: "ref-1", field: "closureDate", refused: true }),
    );
  });

  it("warns of work still to complete rather than refusing it", () => {
    const s = stored();
    Object.assign(s.child.episodes[0]!, { closureDate: null, reasonForClosure: null });
    s.child.episodes[0]!.assessments[0]!.authorisationDate = null;
    s.child.episodes[0]!.assessments[0]!.factors = [];
    s.child.episodes[0]!.cinPlans[0]!.endDate = null;
    const problems = censusProblemsOf(s, today);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.filter((p) => p.refused)).toEqual([]);
  });

  it("refuses overlapping child protection plans", () => {
    const s = stored();
    s.child.episodes[0]!.cpPlans.push({ ...s.child.episodes[0]!.cpPlans[0]!, startDate: "2025-07-01", reviewDates: [] });
    s.ids[0]!.cpPlans.push("cpp-2");
    expect(censusProblemsOf(s, today)).toContainEqual(expect.objectContaining({ code: "8940", refused: true, part: "cpPlan", recordId: "cpp-2" }));
  });

  it("leaves out episodes closed before the census year", () => {
    const s = stored();
    // Closed in February 2026, so not in the 2026–27 census that 2 April 2026 belongs to.
    expect(censusProblemsOf(s, "2026-04-02")).toEqual([]);
  });

  it("refuses only what a save brought about, not what was already wrong", () => {
    const before = stored();
    before.child.episodes[0]!.cinPlans[0]!.startDate = "2025-05-01";
    const after = stored();
    after.child.episodes[0]!.cinPlans[0]!.startDate = "2025-05-01";
    after.child.episodes[0]!.assessments[0]!.startDate = "2025-05-01";
    const refused = newRefusedProblems(censusProblemsOf(before, today), censusProblemsOf(after, today));
    expect(refused.map((p) => p.code)).toEqual(["1103"]);
  });
});

describe("looked-after periods", () => {
  it("refuses a period that ends before it starts, or with a status outside the list", () => {
    const messages = (input: object) => {
      const parsed = lookedAfterPeriodRecordSchema.safeParse(input);
      return parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join("."), i.message]);
    };
    expect(messages({ legalStatus: "C2", startDate: "2026-01-10", endDate: "2026-01-09" })).toEqual([
      ["endDate", "The period cannot end before the day it starts"],
    ]);
    expect(messages({ legalStatus: "Z9", startDate: "2026-01-10" })).toEqual([["legalStatus", "Choose the legal status"]]);
  });

  it("lets a new period start the day the last ended, but not overlap it", () => {
    const last = [{ startDate: "2025-06-01", endDate: "2025-09-01" }];
    expect(overlapsLookedAfterPeriod({ startDate: "2025-09-01" }, last)).toBe(false);
    expect(overlapsLookedAfterPeriod({ startDate: "2025-08-31" }, last)).toBe(true);
    expect(overlapsLookedAfterPeriod({ startDate: "2025-01-01", endDate: "2025-06-02" }, last)).toBe(true);
    expect(overlapsLookedAfterPeriod({ startDate: "2025-10-01" }, [{ startDate: "2025-06-01", endDate: null }])).toBe(true);
  });
});
