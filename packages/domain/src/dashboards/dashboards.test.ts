import { describe, expect, it } from "vitest";
import { ageBandOf, countsByAgeBand } from "./age-bands";
import { ratePer10000 } from "./child-population";
import { dashboardFiltersSchema, dashboardPeriod } from "./dashboard-filters";
import { formatDashboardValue } from "./dashboard-figures";
import { countValue, shareValue, suppressesSmallNumbers } from "./small-numbers";

describe("the small-number rule", () => {
  it("suppresses 1 to 4 people for county-wide readers, never 0 or 5", () => {
    expect(countValue("A", 4, true)).toEqual({ label: "A", value: null, suppressed: true });
    expect(countValue("A", 1, true).suppressed).toBe(true);
    expect(countValue("A", 0, true)).toEqual({ label: "A", value: 0, suppressed: false });
    expect(countValue("A", 5, true)).toEqual({ label: "A", value: 5, suppressed: false });
    expect(countValue("A", 3, false)).toEqual({ label: "A", value: 3, suppressed: false });
  });

  it("suppresses a share that would give a small number back, either way round", () => {
    expect(shareValue("A", 3, 200, true).suppressed).toBe(true);
    expect(shareValue("A", 198, 200, true).suppressed).toBe(true);
    expect(shareValue("A", 50, 200, true)).toEqual({ label: "A", value: 25, suppressed: false });
    expect(shareValue("A", 0, 0, false)).toEqual({ label: "A", value: null, suppressed: false });
  });

  it("area teams see exact numbers; the data officer and administrators do not", () => {
    expect(suppressesSmallNumbers("fss_manager")).toBe(false);
    expect(suppressesSmallNumbers("lcss_senior")).toBe(false);
    expect(suppressesSmallNumbers("centre_manager")).toBe(false);
    expect(suppressesSmallNumbers("data_officer")).toBe(true);
    expect(suppressesSmallNumbers("admin")).toBe(true);
  });

  it("is written in words, never as the number", () => {
    expect(formatDashboardValue({ value: null, suppressed: true }, "people")).toBe("fewer than 5");
    expect(formatDashboardValue({ value: 12.5, suppressed: false }, "percent")).toBe("12.5%");
  });
});

describe("age bands and rates", () => {
  it("bands ages as the scrutiny report does, keeping unknown ages apart", () => {
    expect([0, 4, 5, 10, 11, 15, 16, 17, 18].map(ageBandOf)).toEqual(["0_4", "0_4", "5_10", "5_10", "11_15", "11_15", "16_17", "16_17", "18_plus"]);
    const bands = countsByAgeBand([
      { age: 3, count: 2 },
      { age: 4, count: 1 },
      { age: null, count: 7 },
    ]);
    expect(bands.get("0_4")).toBe(3);
    expect(bands.get("unknown")).toBe(7);
  });

  it("gives a rate per 10,000 children, and none without a population", () => {
    expect(ratePer10000(45, 45_000)).toBe(10);
    expect(ratePer10000(1, 30_000)).toBe(0.3);
    expect(ratePer10000(5, undefined)).toBeNull();
  });
});

describe("the dashboard's filters", () => {
  it("refuses a period upside down or longer than 5 years, in plain words", () => {
    const upsideDown = dashboardFiltersSchema.safeParse({ from: "2026-05-01", to: "2026-04-01" });
    expect(upsideDown.error?.issues[0]?.message).toBe("The end of the period must be on or after its start");
    const long = dashboardFiltersSchema.safeParse({ from: "2020-01-01", to: "2025-01-01" });
    expect(long.error?.issues[0]?.message).toBe("The period must be 5 years or shorter");
    expect(dashboardFiltersSchema.safeParse({ from: "2020-01-02", to: "2025-01-01" }).success).toBe(true);
  });

  it("defaults to the 12 months to today", () => {
    expect(dashboardPeriod({}, "2026-12-03")).toEqual({ from: "2025-12-04", to: "2026-12-03" });
  });
});
