import { describe, expect, it } from "vitest";
import { nextTafReviewDue, tafCloseSchema, tafMeetingSchema, tafReviewDateProblem } from "./team-around-the-family";

describe("Team Around the Family reviews", () => {
  it("fall due six weeks on by default, or after the weeks configured", () => {
    expect(nextTafReviewDue("2026-11-23")).toBe("2027-01-04");
    expect(nextTafReviewDue("2026-11-23", 4)).toBe("2026-12-21");
  });

  it("refuse a date in the past in plain English; today and later are fine", () => {
    expect(tafReviewDateProblem("2026-11-22", "2026-11-23")).toBe("The review must be on or after today, 23 November 2026");
    expect(tafReviewDateProblem("2026-11-23", "2026-11-23")).toBeNull();
    expect(tafReviewDateProblem("2027-01-04", "2026-11-23")).toBeNull();
  });
});

describe("Team Around the Family forms", () => {
  const tafId = "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f";
  it("a meeting needs someone who attended and a summary", () => {
    const parsed = tafMeetingSchema.safeParse({ tafId, heldOn: "2026-11-23", attendees: [], apologies: [], summary: " " });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toEqual(["Name at least one person who attended", "Summarise what the meeting agreed"]);
  });

  it("closing needs one of the four reasons", () => {
    const parsed = tafCloseSchema.safeParse({ tafId, closedOn: "2026-11-23", reason: "bored", summary: "Done" });
    expect(parsed.error?.issues.map((i) => i.message)).toEqual(["Choose why the team around the family is closing"]);
    expect(tafCloseSchema.safeParse({ tafId, closedOn: "2026-11-23", reason: "stepped_up_to_fss", summary: "Done" }).success).toBe(true);
  });
});
