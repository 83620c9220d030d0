import type { IsoDate } from "../calendar/iso-date";
import { ageInYears } from "./person";

function ymd(date: IsoDate): [number, number, number] {
  return date.split("-").map(Number) as [number, number, number];
}

/**
 * Whole months lived on a date, counted the way ageInYears counts years: a month is complete on
 * the same day of a later month, or on the 1st of the month after when that month is too short
 * (born 31 January → one month old on 1 March). Negative before birth.
 */
export function ageInMonths(dateOfBirth: IsoDate, on: IsoDate): number {
  const [by, bm, bd] = ymd(dateOfBirth);
  const [y, m, d] = ymd(on);
  return (y - by) * 12 + (m - bm) - (d < bd ? 1 : 0);
}

export interface AgeInYearsAndMonths {
  years: number;
  months: number;
}

/** "3 years 7 months" as numbers; null before the date of birth. */
export function ageInYearsAndMonths(dateOfBirth: IsoDate, on: IsoDate): AgeInYearsAndMonths | null {
  if (on < dateOfBirth) return null;
  const total = ageInMonths(dateOfBirth, on);
  const years = ageInYears(dateOfBirth, on);
  return { years, months: total - years * 12 };
}

/** The date someone reaches an age; 29 February birthdays fall on 1 March in other years. */
export function dateOfReachingAge(dateOfBirth: IsoDate, years: number): IsoDate {
  const [by, bm, bd] = ymd(dateOfBirth);
  const year = by + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (bm === 2 && bd === 29 && !leap) return `${String(year).padStart(4, "0")}-03-01`;
  return `${String(year).padStart(4, "0")}-${String(bm).padStart(2, "0")}-${String(bd).padStart(2, "0")}`;
}

export function describeAge(age: AgeInYearsAndMonths): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  if (age.years === 0) return plural(age.months, "month");
  if (age.months === 0) return plural(age.years, "year");
  return `${plural(age.years, "year")} ${plural(age.months, "month")}`;
}
