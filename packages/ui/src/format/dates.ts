import { formatDate, formatLondonTime, londonDateOf } from "@hearth/domain";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * Reads the calendar date at the start of an ISO string. Done by hand rather than through `Date`,
 * which would read '2026-11-23' as midnight UTC and can show the day before in a browser behind UTC.
 */
function calendarParts(iso: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year, month, day };
}

/** '2026-11-23' → '23 November 2026', the GOV.UK style for dates in text. Anything unreadable is returned as given. */
export function formatUkDate(iso: string): string {
  const parts = calendarParts(iso);
  return parts ? `${parts.day} ${MONTHS[parts.month - 1]} ${parts.year}` : iso;
}

/** '2026-11-23' → '23/11/2026', for narrow table columns. */
export function formatShortUkDate(iso: string): string {
  const parts = calendarParts(iso);
  if (!parts) return iso;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(parts.day)}/${pad(parts.month)}/${parts.year}`;
}

/**
 * An instant (a Date or an ISO timestamp from the API) → '2 December 2026 at 2:15pm', the time in
 * England whatever the browser's zone, so a chronology reads the same on every practitioner's
 * laptop. Anything unreadable is returned as given.
 */
export function formatUkDateTime(instant: Date | string): string {
  const date = typeof instant === "string" ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return String(instant);
  return `${formatDate(londonDateOf(date))} at ${formatLondonTime(date)}`;
}

/** Today's date in the browser's own time zone, as ISO, for age checks against dates of birth. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** The three boxes of a date input as typed, from an ISO date (empty boxes for anything else). */
export function isoToDateParts(iso: string | undefined | null): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? "");
  if (!match) return { day: "", month: "", year: "" };
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1]! };
}

/**
 * The ISO date the three boxes spell. Empty boxes give '' (no answer); a partial or impossible
 * date gives a string the schema rejects, so the message comes from the same place as every other.
 */
export function datePartsToIso(parts: DateParts): string {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return "";
  const pad = (value: string) => (/^\d$/.test(value) ? `0${value}` : value);
  return `${year}-${pad(month)}-${pad(day)}`;
}
