import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../calendar/iso-date";
import { ageInMonths, ageInYearsAndMonths, dateOfReachingAge, describeAge } from "./age";
import { ageInYears } from "./person";

const date = fc
  .date({
    min: new Date("1995-01-01T00:00:00Z"),
    max: new Date("2030-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe("age", () => {
  it("counts birthdays the way families expect", () => {
    expect(ageInYears("2020-06-15", "2025-06-14")).toBe(4);
    expect(ageInYears("2020-06-15", "2025-06-15")).toBe(5);
    expect(ageInYearsAndMonths("2021-08-20", "2025-03-31")).toEqual({ years: 3, months: 7 });
    expect(ageInYearsAndMonths("2025-04-01", "2025-03-31")).toBeNull();
  });

  it("puts a 29 February birthday on 1 March in other years", () => {
    expect(ageInYears("2008-02-29", "2026-02-28")).toBe(17);
    expect(ageInYears("2008-02-29", "2026-03-01")).toBe(18);
    expect(ageInYears("2008-02-29", "2028-02-29")).toBe(20);
    expect(dateOfReachingAge("2008-02-29", 18)).toBe("2026-03-01");
    expect(dateOfReachingAge("2008-02-29", 20)).toBe("2028-02-29");
  });

  it("counts a month ending on a short month's missing day on the 1st after", () => {
    expect(ageInMonths("2025-01-31", "2025-02-28")).toBe(0);
    expect(ageInMonths("2025-01-31", "2025-03-01")).toBe(1);
  });

  it("describes ages in words", () => {
    expect(describeAge({ years: 0, months: 1 })).toBe("1 month");
    expect(describeAge({ years: 2, months: 0 })).toBe("2 years");
    expect(describeAge({ years: 1, months: 5 })).toBe("1 year 5 months");
  });

  it("years are always whole months divided by twelve", () => {
    fc.assert(fc.property(date, date, (dob, on) => ageInYears(dob, on) === Math.floor(ageInMonths(dob, on) / 12)));
  });

  it("months part is 0–11 and never goes down as time passes", () => {
    fc.assert(
      fc.property(date, date, fc.integer({ min: 0, max: 400 }), (dob, on, later) => {
        const a = ageInYearsAndMonths(dob, on);
        if (!a) return on < dob;
        const b = ageInYearsAndMonths(dob, addDays(on, later))!;
        return a.months >= 0 && a.months <= 11 && b.years * 12 + b.months >= a.years * 12 + a.months;
      }),
    );
  });

  it("reaches an age exactly on the birthday, not the day before", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 30 }), (dob, years) => {
        const birthday = dateOfReachingAge(dob, years);
        return ageInYears(dob, birthday) === years && ageInYears(dob, addDays(birthday, -1)) === years - 1;
      }),
    );
  });

  it("is zero on the day of birth", () => {
    fc.assert(fc.property(date, (dob) => ageInYears(dob, dob) === 0 && ageInMonths(dob, dob) === 0));
  });
});
