import type { IsoDate } from "./iso-date";

export interface BankHoliday {
  date: IsoDate;
  title: string;
}

/**
 * England and Wales bank holidays, as GOV.UK publishes them ("england-and-wales" in
 * https://www.gov.uk/bank-holidays.json), 2024–2028.
 *
 * Shipped as data because the list changes by proclamation (a coronation, a jubilee) and rules
 * must give the same answer offline and in tests. To refresh, once a year or when a one-off
 * holiday is announced:
 *
 *   curl -s https://www.gov.uk/bank-holidays.json \
 *     | jq -r '."england-and-wales".events[] | select(.date >= "2024") | "  { date: \"\(.date)\", title: \"\(.title)\" },"'
 *
 * paste the output below, move `bankHolidayCoverage` on, and run the calendar tests: they check
 * the Easter dates against the computus and the substitute days against the weekend rules.
 * GOV.UK publishes about two years ahead; the 2028 dates follow the standing pattern (no one-off
 * holidays announced) and should be checked against the feed when it includes them.
 */
export const englandAndWalesBankHolidays: readonly BankHoliday[] = [
  { date: "2024-01-01", title: "New Year’s Day" },
  { date: "2024-03-29", title: "Good Friday" },
  { date: "2024-04-01", title: "Easter Monday" },
  { date: "2024-05-06", title: "Early May bank holiday" },
  { date: "2024-05-27", title: "Spring bank holiday" },
  { date: "2024-08-26", title: "Summer bank holiday" },
  { date: "2024-12-25", title: "Christmas Day" },
  { date: "2024-12-26", title: "Boxing Day" },
  { date: "2025-01-01", title: "New Year’s Day" },
  { date: "2025-04-18", title: "Good Friday" },
  { date: "2025-04-21", title: "Easter Monday" },
  { date: "2025-05-05", title: "Early May bank holiday" },
  { date: "2025-05-26", title: "Spring bank holiday" },
  { date: "2025-08-25", title: "Summer bank holiday" },
  { date: "2025-12-25", title: "Christmas Day" },
  { date: "2025-12-26", title: "Boxing Day" },
  { date: "2026-01-01", title: "New Year’s Day" },
  { date: "2026-04-03", title: "Good Friday" },
  { date: "2026-04-06", title: "Easter Monday" },
  { date: "2026-05-04", title: "Early May bank holiday" },
  { date: "2026-05-25", title: "Spring bank holiday" },
  { date: "2026-08-31", title: "Summer bank holiday" },
  { date: "2026-12-25", title: "Christmas Day" },
  { date: "2026-12-28", title: "Boxing Day (substitute day)" },
  { date: "2027-01-01", title: "New Year’s Day" },
  { date: "2027-03-26", title: "Good Friday" },
  { date: "2027-03-29", title: "Easter Monday" },
  { date: "2027-05-03", title: "Early May bank holiday" },
  { date: "2027-05-31", title: "Spring bank holiday" },
  { date: "2027-08-30", title: "Summer bank holiday" },
  { date: "2027-12-27", title: "Christmas Day (substitute day)" },
  { date: "2027-12-28", title: "Boxing Day (substitute day)" },
  { date: "2028-01-03", title: "New Year’s Day (substitute day)" },
  { date: "2028-04-14", title: "Good Friday" },
  { date: "2028-04-17", title: "Easter Monday" },
  { date: "2028-05-01", title: "Early May bank holiday" },
  { date: "2028-05-29", title: "Spring bank holiday" },
  { date: "2028-08-28", title: "Summer bank holiday" },
  { date: "2028-12-25", title: "Christmas Day" },
  { date: "2028-12-26", title: "Boxing Day" },
];

/** The years the list above is complete for; outside them only weekends are known. */
export const bankHolidayCoverage = { firstYear: 2024, lastYear: 2028 } as const;

export const englandAndWalesBankHolidayDates: ReadonlySet<IsoDate> = new Set(englandAndWalesBankHolidays.map((h) => h.date));

export function bankHolidayOn(date: IsoDate, holidays: readonly BankHoliday[] = englandAndWalesBankHolidays) {
  return holidays.find((h) => h.date === date) ?? null;
}

/** True when the shipped list can say whether a date in this year is a bank holiday. */
export function isBankHolidayYearCovered(date: IsoDate): boolean {
  const year = Number(date.slice(0, 4));
  return year >= bankHolidayCoverage.firstYear && year <= bankHolidayCoverage.lastYear;
}
