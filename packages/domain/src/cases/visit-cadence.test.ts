import { describe, expect, it } from "vitest";
import { caseVisitRecordSchema, londonWallClockToInstant, visitIsInFuture } from "./fss-case";
import { nextVisitDue } from "./visit-cadence";

describe("nextVisitDue", () => {
  it("gives a child on a CP plan 10 working days from their last visit, skipping weekends", () => {
    // Monday 2 March 2026 + 10 working days = Monday 16 March.
    expect(nextVisitDue("child_protection_plan", "2026-03-02", "2026-01-05")).toBe("2026-03-16");
  });

  it("skips bank holidays for CP plans (Good Friday and Easter Monday 2026)", () => {
    // Thursday 26 March + 10 working days, with 3 and 6 April off, is Monday 13 April.
    expect(nextVisitDue("child_protection_plan", "2026-03-26", "2026-01-05")).toBe("2026-04-13");
  });

  it("gives a child in need 4 calendar weeks", () => {
    expect(nextVisitDue("child_in_need", "2026-03-02", "2026-01-05")).toBe("2026-03-30");
  });

  it("counts from the day the case opened when the child has not been seen", () => {
    expect(nextVisitDue("child_in_need", null, "2026-03-02")).toBe("2026-03-30");
  });

  it("takes the configured cadence", () => {
    expect(nextVisitDue("child_protection_plan", "2026-03-02", "2026-01-05", { childProtectionWorkingDays: 5, childInNeedDays: 14 })).toBe(
      "2026-03-09",
    );
    expect(nextVisitDue("child_in_need", "2026-03-02", "2026-01-05", { childProtectionWorkingDays: 5, childInNeedDays: 14 })).toBe("2026-03-16");
  });

  it("has no statutory cadence for NEET, looked-after and multiple needs", () => {
    expect(nextVisitDue("neet", "2026-03-02", "2026-01-05")).toBeNull();
    expect(nextVisitDue("looked_after", "2026-03-02", "2026-01-05")).toBeNull();
  });
});

describe("recording a visit", () => {
  const visit = {
    caseId: "6f1f3c0e-8a55-4f59-9b1f-0c4b7e6c2a11",
    kind: "home",
    occurredOn: "2026-03-02",
    time: "14:30",
    whoWasSeen: "Mum and both children",
    narrative: "Visited at home.",
    children: [{ personId: "0b0c6f7e-2c3c-4a3e-8d51-7d3a9b0f6d21", seen: true, seenAlone: false }],
  };

  it("needs a reason when a child was seen but not alone", () => {
    const result = caseVisitRecordSchema.safeParse(visit);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["children.0.notSeenAloneReason", "Say why the child was not seen alone"],
    ]);
    const withReason = { ...visit, children: [{ ...visit.children[0], notSeenAloneReason: "Too young" }] };
    expect(caseVisitRecordSchema.safeParse(withReason).success).toBe(true);
  });

  it("reads the time as London time, summer time included", () => {
    expect(londonWallClockToInstant("2026-07-01", "14:30").toISOString()).toBe("2026-07-01T13:30:00.000Z");
    expect(londonWallClockToInstant("2026-01-15", "09:00").toISOString()).toBe("2026-01-15T09:00:00.000Z");
  });

  it("refuses a visit later than now", () => {
    const now = new Date("2026-03-02T14:00:00Z");
    expect(visitIsInFuture({ occurredOn: "2026-03-02", time: "14:30" }, now)).toBe(true);
    expect(visitIsInFuture({ occurredOn: "2026-03-02", time: "13:59" }, now)).toBe(false);
  });
});
