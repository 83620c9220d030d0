import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../calendar/iso-date";
import { workingDaysBetween } from "../calendar/working-days";
import { earlyHelpAssessmentDueDate, isEarlyHelpAssessmentOverdue } from "./eha-due-date";

describe("Early Help Assessment due date", () => {
  it("counts working days, skipping Easter", () => {
    expect(earlyHelpAssessmentDueDate("2026-03-16", { workingDays: 20 })).toBe("2026-04-15");
    expect(earlyHelpAssessmentDueDate("2026-03-16")).toBe("2026-04-29");
  });

  it("is overdue only while still a draft after the due date", () => {
    const a = { status: "draft" as const, startedOn: "2026-03-16" };
    expect(isEarlyHelpAssessmentOverdue(a, "2026-04-29")).toBe(false);
    expect(isEarlyHelpAssessmentOverdue(a, "2026-04-30")).toBe(true);
    expect(isEarlyHelpAssessmentOverdue({ ...a, status: "completed" }, "2026-06-01")).toBe(false);
  });

  it("refuses a target that is not a sensible number of working days", () => {
    expect(() => earlyHelpAssessmentDueDate("2026-03-16", { workingDays: 0 })).toThrow(
      "The assessment target must be between 1 and 200 working days",
    );
  });

  it("is always exactly the configured number of working days after the start", () => {
    const start = fc.integer({ min: 0, max: 1500 }).map((n) => addDays("2024-01-01", n));
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 60 }), (startedOn, workingDays) => {
        return workingDaysBetween(startedOn, earlyHelpAssessmentDueDate(startedOn, { workingDays })) === workingDays;
      }),
    );
  });
});
