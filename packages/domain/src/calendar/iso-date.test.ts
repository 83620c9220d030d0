import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  addYears,
  daysBetween,
  fromDayNumber,
  isIsoDate,
  isoDateSchema,
  isoWeekday,
  londonDateOf,
  toDayNumber,
} from "./iso-date";

const isoDate = fc
  .date({
    min: new Date("1990-01-01T00:00:00Z"),
    max: new Date("2060-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe("ISO calendar dates", () => {
  it("recognises real dates only", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2024-4-1")).toBe(false);
    expect(isIsoDate(20240401)).toBe(false);
  });

  it("recognises exactly the dates the schema accepts", () => {
    const day = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
    const candidates = [
      "",
      "2024-4-1",
      "2024-04-01 ",
      "1899-12-31",
      "2100-01-01",
      "0000-01-01",
      "2023-13-01",
      "2023-00-10",
      "2023-04-00",
      "2023-04-31",
    ];
    // Every day from before 1900 to after 2099, and each day-of-month 29–31 in every month of those years.
    for (let n = Date.UTC(1899, 10, 1) / 86_400_000; n <= Date.UTC(2100, 1, 28) / 86_400_000; n++) candidates.push(day(n));
    for (let y = 1899; y <= 2100; y++)
      for (let m = 1; m <= 12; m++) for (const d of [29, 30, 31, 32]) candidates.push(`${y}-${String(m).padStart(2, "0")}-${d}`);
    const disagree = candidates.filter((c) => isIsoDate(c) !== isoDateSchema.safeParse(c).success);
    expect(disagree).toEqual([]);
  });

  it("writes day numbers as Date would", () => {
    const viaDate = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
    const days = [-800_000, -354_286, -354_285, -1, -0.5, 0, 0.5, 59, 2_932_896, 2_932_897, 3_000_000];
    for (let n = -30_000; n <= 60_000; n += 7) days.push(n);
    expect(days.filter((n) => fromDayNumber(n) !== viaDate(n))).toEqual([]);
  });

  it("knows the day of the week", () => {
    expect(isoWeekday("2026-03-31")).toBe(2); // a Tuesday
    expect(isoWeekday("2025-12-28")).toBe(7);
  });

  it("day numbers round-trip", () => {
    fc.assert(fc.property(isoDate, (d) => fromDayNumber(toDayNumber(d)) === d));
  });

  it("adding days and counting them agree", () => {
    fc.assert(fc.property(isoDate, fc.integer({ min: -4000, max: 4000 }), (d, n) => daysBetween(d, addDays(d, n)) === n));
  });

  it("adding months keeps the day where the month has it, else its last day", () => {
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2026-03-31", 9)).toBe("2026-12-31");
    expect(addMonths("2026-03-31", -1)).toBe("2026-02-28");
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(addYears("2026-03-31", -6)).toBe("2020-03-31");
  });

  it("gives the date in England, not UTC", () => {
    expect(londonDateOf(new Date("2026-03-31T23:30:00Z"))).toBe("2026-04-01"); // BST
    expect(londonDateOf(new Date("2026-01-15T23:30:00Z"))).toBe("2026-01-15"); // GMT
  });
});
