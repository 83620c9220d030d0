import { describe, expect, it } from "vitest";
import { caseRecordDateProblem, casePlanActionDueProblem, nextCaseReviewDue } from "./case-plan";

describe("case reviews", () => {
  it("fall due the cadence after the last review, or after the case opened", () => {
    expect(nextCaseReviewDue("2026-01-05", null, 12)).toBe("2026-03-30");
    expect(nextCaseReviewDue("2026-01-05", "2026-03-20", 12)).toBe("2026-06-12");
    expect(nextCaseReviewDue("2026-01-05", "2026-03-20", 6)).toBe("2026-05-01");
  });
});

describe("dates on a case", () => {
  it("refuses a record in the future or before the case opened", () => {
    expect(caseRecordDateProblem("2026-05-02", "2026-01-05", "2026-05-01", "review")).toBe("The date of the review must be today or in the past");
    expect(caseRecordDateProblem("2026-01-04", "2026-01-05", "2026-05-01", "review")).toMatch(/on or after the day the case opened/);
    expect(caseRecordDateProblem("2026-05-01", "2026-01-05", "2026-05-01", "review")).toBeNull();
  });
  it("refuses an action due before the case opened", () => {
    expect(casePlanActionDueProblem("2026-01-04", "2026-01-05")).toMatch(/on or after/);
    expect(casePlanActionDueProblem("2026-01-05", "2026-01-05")).toBeNull();
  });
});
