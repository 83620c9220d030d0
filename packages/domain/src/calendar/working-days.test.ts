import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { englandAndWalesBankHolidayDates, englandAndWalesBankHolidays, bankHolidayCoverage } from "./bank-holidays";
import { addDays, isoWeekday, isWeekend } from "./iso-date";
import { addWorkingDays, isWorkingDay, nextWorkingDayOnOrAfter, workingDaysBetween } from "./working-days";

const dateIn2024To2028 = fc.integer({ min: 0, max: 365 * 5 - 60 }).map((n) => addDays("2024-01-01", n));

// Easter Sunday by the anonymous Gregorian algorithm, to check the shipped Good Fridays.
function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

describe("bank holidays data", () => {
  const years = Array.from({ length: bankHolidayCoverage.lastYear - bankHolidayCoverage.firstYear + 1 }, (_, i) => bankHolidayCoverage.firstYear + i);

  it.each(years)("has eight holidays in %i, all on weekdays, Good Friday and Easter Monday from Easter", (year) => {
    const inYear = englandAndWalesBankHolidays.filter((h) => h.date.startsWith(String(year)));
    expect(inYear).toHaveLength(8);
    for (const h of inYear) expect(isWeekend(h.date)).toBe(false);
    const easter = easterSunday(year);
    expect(inYear.find((h) => h.title === "Good Friday")?.date).toBe(addDays(easter, -2));
    expect(inYear.find((h) => h.title === "Easter Monday")?.date).toBe(addDays(easter, 1));
  });

  it("moves Christmas holidays that fall at a weekend to the following weekdays", () => {
    expect(englandAndWalesBankHolidayDates.has("2026-12-28")).toBe(true);
    expect(englandAndWalesBankHolidayDates.has("2027-12-27")).toBe(true);
    expect(englandAndWalesBankHolidayDates.has("2027-12-28")).toBe(true);
    expect(englandAndWalesBankHolidayDates.has("2028-01-03")).toBe(true);
  });
});

describe("working days", () => {
  it("skips weekends and bank holidays", () => {
    expect(isWorkingDay("2025-12-25")).toBe(false);
    expect(isWorkingDay("2025-12-27")).toBe(false);
    expect(isWorkingDay("2025-12-29")).toBe(true);
    expect(addWorkingDays("2025-12-24", 1)).toBe("2025-12-29");
    expect(addWorkingDays("2026-04-02", 1)).toBe("2026-04-07"); // over Easter
    expect(addWorkingDays("2026-04-07", -1)).toBe("2026-04-02");
    expect(addWorkingDays("2026-03-31", -45)).toBe("2026-01-27"); // nine whole weeks back
    expect(nextWorkingDayOnOrAfter("2026-04-03")).toBe("2026-04-07");
  });

  it("counts working days the same way it adds them", () => {
    fc.assert(
      fc.property(dateIn2024To2028, fc.integer({ min: -60, max: 60 }), (start, n) => {
        const end = addWorkingDays(start, n);
        return workingDaysBetween(start, end) === n;
      }),
    );
  });

  it("always lands on a working day when moving at least one", () => {
    fc.assert(
      fc.property(dateIn2024To2028, fc.integer({ min: 1, max: 60 }), fc.boolean(), (start, n, back) => {
        return isWorkingDay(addWorkingDays(start, back ? -n : n));
      }),
    );
  });

  it("moves further as the count grows", () => {
    fc.assert(
      fc.property(dateIn2024To2028, fc.integer({ min: 0, max: 60 }), (start, n) => {
        return addWorkingDays(start, n + 1) > addWorkingDays(start, n);
      }),
    );
  });

  it("treats five working days after a weekday with no holidays as a week later", () => {
    const none = new Set<string>();
    fc.assert(
      fc.property(
        dateIn2024To2028.filter((d) => isoWeekday(d) <= 5),
        (start) => {
          return addWorkingDays(start, 5, none) === addDays(start, 7);
        },
      ),
    );
  });
});
