import { isCountyWide, type StaffRole } from "../access/roles";

/**
 * The small-number rule (issue 15 §2): outside the area teams, a figure about fewer than 5 people
 * is shown as "fewer than 5", so a count cannot point at a family someone could recognise.
 *
 * Who counts as an area team: the managers who belong to an area (FSS managers, LCSS senior
 * practitioners, centre managers) already work with, or answer for, the families behind their
 * area's figures, so they see exact numbers for it. County-wide readers (the data officer and
 * administrators) produce the figures that leave the area teams (scrutiny reports, the council's
 * spreadsheets), so their figures are suppressed. The API applies the rule, so a suppressed number
 * never leaves the server; the screens only show what they are sent.
 */
export const SMALL_NUMBER_LIMIT = 5;

/** Whether `role`'s figures are suppressed below SMALL_NUMBER_LIMIT. */
export function suppressesSmallNumbers(role: StaffRole): boolean {
  return isCountyWide(role);
}

/** Whether a count of people is small enough to give someone away: 1 to 4 (nobody is nobody). */
export function isSmallNumber(count: number): boolean {
  return count > 0 && count < SMALL_NUMBER_LIMIT;
}

/**
 * One row of a figure as it leaves the API: `value` null with `suppressed` true is "fewer than 5";
 * null without it is a share or rate with nothing to divide by ("no data").
 */
export interface DashboardValue {
  label: string;
  value: number | null;
  suppressed: boolean;
}

/** A count of people, suppressed when small and the reader is outside the area teams. */
export function countValue(label: string, count: number, suppress: boolean): DashboardValue {
  return suppress && isSmallNumber(count) ? { label, value: null, suppressed: true } : { label, value: count, suppressed: false };
}

/** A percentage to one decimal place of `part` out of `whole` people. */
export function shareValue(label: string, part: number, whole: number, suppress: boolean): DashboardValue {
  // The share would give the small number back (3 of 200 is 1.5%), as would its complement.
  if (suppress && (isSmallNumber(part) || isSmallNumber(whole - part) || isSmallNumber(whole))) return { label, value: null, suppressed: true };
  return { label, value: whole === 0 ? null : Math.round((part / whole) * 1000) / 10, suppressed: false };
}
