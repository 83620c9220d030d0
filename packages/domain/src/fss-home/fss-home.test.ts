import { describe, expect, it } from "vitest";
import { fssHomeTiming, fssHomeWeekEnd } from "./fss-home";

/** The FSS home's "this week" is counted in working days, as the visit cadence is. */
describe("the FSS home's week", () => {
  it("is today and the next four working days", () => {
    // Wednesday 11 March 2026: to Tuesday 17 March, the weekend not counted.
    expect(fssHomeWeekEnd("2026-03-11")).toBe("2026-03-17");
    expect(fssHomeTiming("2026-03-17", "2026-03-11")).toBe("due_this_week");
    expect(fssHomeTiming("2026-03-18", "2026-03-11")).toBe("due_later");
    expect(fssHomeTiming("2026-03-10", "2026-03-11")).toBe("overdue");
    expect(fssHomeTiming("2026-03-11", "2026-03-11")).toBe("due_this_week");
  });

  it("skips bank holidays: from the Thursday before Easter it runs to the Friday after", () => {
    // Good Friday 3 April and Easter Monday 6 April 2026.
    expect(fssHomeWeekEnd("2026-04-02")).toBe("2026-04-10");
    expect(fssHomeTiming("2026-04-09", "2026-04-02")).toBe("due_this_week");
  });

  it("on a weekend, is the working week ahead", () => {
    expect(fssHomeWeekEnd("2026-03-14")).toBe("2026-03-20");
    expect(fssHomeTiming("2026-03-21", "2026-03-14")).toBe("due_later");
  });

  it("takes the council's own closure days", () => {
    expect(fssHomeWeekEnd("2026-03-11", new Set(["2026-03-12"]))).toBe("2026-03-18");
  });
});
