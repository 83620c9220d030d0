import { englandAndWalesBankHolidayDates } from "./bank-holidays";
import { addDays, isWeekend, toDayNumber, type IsoDate } from "./iso-date";

/**
 * A working day is Monday to Friday and not an England and Wales bank holiday. Every function
 * takes the holiday set so a council can add its own closure days, and tests can pass an empty one.
 */
export type HolidaySet = ReadonlySet<IsoDate>;

export function isWorkingDay(date: IsoDate, holidays: HolidaySet = englandAndWalesBankHolidayDates): boolean {
  return !isWeekend(date) && !holidays.has(date);
}

/**
 * The date `count` working days after `date` (before it when negative), not counting `date`
 * itself: a referral on Friday with a 1-working-day target is due on Monday. Zero gives `date`.
 */
export function addWorkingDays(date: IsoDate, count: number, holidays: HolidaySet = englandAndWalesBankHolidayDates): IsoDate {
  if (!Number.isInteger(count)) throw new RangeError("Working days must be a whole number");
  const step = count < 0 ? -1 : 1;
  let remaining = Math.abs(count);
  let current = date;
  while (remaining > 0) {
    current = addDays(current, step);
    if (isWorkingDay(current, holidays)) remaining -= 1;
  }
  return current;
}

/**
 * Working days after `from` up to and including `to`; when `to` is earlier, minus the working days
 * from `to` up to but not including `from`. Either way it undoes addWorkingDays whenever the
 * result of that is a working day.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, holidays: HolidaySet = englandAndWalesBankHolidayDates): number {
  const days = toDayNumber(to) - toDayNumber(from);
  let count = 0;
  if (days >= 0) {
    for (let i = 1; i <= days; i++) if (isWorkingDay(addDays(from, i), holidays)) count += 1;
    return count;
  }
  for (let i = days; i < 0; i++) if (isWorkingDay(addDays(from, i), holidays)) count += 1;
  return -count;
}

/** `date` when it is a working day, otherwise the next one. */
export function nextWorkingDayOnOrAfter(date: IsoDate, holidays: HolidaySet = englandAndWalesBankHolidayDates): IsoDate {
  return isWorkingDay(date, holidays) ? date : addWorkingDays(date, 1, holidays);
}
