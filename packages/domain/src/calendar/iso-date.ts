import { z } from "zod";

/**
 * Dates in Hearth are calendar dates (a birthday, a session day), not instants, so they travel as
 * ISO strings 'yyyy-mm-dd' and arithmetic is done on whole days in UTC, where no day is 23 or 25
 * hours long. Only turning an instant into "today" needs a time zone; see londonDateOf.
 */
export const EARLIEST_DATE = "1900-01-01";
export const LATEST_DATE = "2099-12-31";

/**
 * A real calendar date (no 30 February) between EARLIEST_DATE and LATEST_DATE: year 0000 and
 * year 9999 are real to zod but not to PostgreSQL or to anyone born or booking today (issue 9).
 */
export const isoDateSchema = z.iso
  .date({ error: "Enter a real date" })
  // Only a well-formed date is checked for its range, so a half-typed one gets one message, not two.
  .refine((date) => !/^\d{4}-\d{2}-\d{2}$/.test(date) || (date >= EARLIEST_DATE && date <= LATEST_DATE), {
    message: "Enter a date between 1900 and 2099",
  });
export type IsoDate = string;

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The same answer as isoDateSchema, without zod: the census checker asks it of every child's dates,
 * hundreds of thousands of times in one return (iso-date.test.ts holds the two together).
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== "string" || value < EARLIEST_DATE || value > LATEST_DATE) return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeapYear(Number(match[1])) ? 29 : DAYS_IN_MONTH[month - 1]!);
}

function parts(date: IsoDate): [number, number, number] {
  const match = ISO_DATE.exec(date);
  if (!match || !isIsoDate(date)) throw new RangeError(`Not an ISO date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Days since 1970-01-01; lets dates be compared and subtracted as numbers. */
export function toDayNumber(date: IsoDate): number {
  const [y, m, d] = parts(date);
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * The date of a day number, worked out in whole numbers (H. Hinnant's civil-from-days) rather than
 * through a Date and its ISO string, which cost the census checker more than its rules; years
 * outside 1000–9999 go the Date way, which writes them as JavaScript does.
 */
export function fromDayNumber(day: number): IsoDate {
  const whole = Math.floor(day);
  if (!(whole >= -354_285 && whole <= 2_932_896)) return new Date(day * DAY_MS).toISOString().slice(0, 10);
  const z = whole + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${pad2(month)}-${pad2(dayOfMonth)}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

export function isWeekend(date: IsoDate): boolean {
  return isoWeekday(date) >= 6;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Calendar months later (or earlier when negative). A day the target month lacks becomes its last
 * day (31 January + 1 month = 28 or 29 February), as the DfE's census tools count.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

export function isOnOrBetween(date: IsoDate, from: IsoDate, to: IsoDate): boolean {
  return date >= from && date <= to;
}

export function earliest(dates: readonly IsoDate[]): IsoDate | undefined {
  return dates.reduce<IsoDate | undefined>((min, d) => (min === undefined || d < min ? d : min), undefined);
}

export function latest(dates: readonly IsoDate[]): IsoDate | undefined {
  return dates.reduce<IsoDate | undefined>((max, d) => (max === undefined || d > max ? d : max), undefined);
}

const londonFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/**
 * The calendar date in England at an instant. Callers pass the instant (the request time, a job's
 * start) so rules never read a clock; half past midnight BST on 1 April is already 1 April here,
 * though UTC still says 31 March.
 */
export function londonDateOf(instant: Date): IsoDate {
  return londonFormat.format(instant);
}

/** Accepts either form callers hold "today" in. */
export function asIsoDate(today: IsoDate | Date): IsoDate {
  return typeof today === "string" ? today : londonDateOf(today);
}
