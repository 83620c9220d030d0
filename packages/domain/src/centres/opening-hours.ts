import { z } from "zod";
import { isoWeekday, type IsoDate } from "../calendar/iso-date";
import { closureOn, type CentreClosure } from "./closures";
import { minutesOfDay, timeOfDaySchema, weekdayLabels, weekdayName, weekdaySchema, type TimeOfDay } from "./time-of-day";

/**
 * Weekly opening hours: one or more periods a day (many centres close at lunchtime). A day with
 * no periods is closed.
 */
export const openingPeriodSchema = z
  .object({ day: weekdaySchema, opens: timeOfDaySchema, closes: timeOfDaySchema })
  .refine((p) => minutesOfDay(p.closes) > minutesOfDay(p.opens), {
    message: "Closing time must be after opening time",
    path: ["closes"],
  });
export type OpeningPeriod = z.infer<typeof openingPeriodSchema>;

export const openingHoursSchema = z
  .array(openingPeriodSchema)
  .max(28)
  .superRefine((periods, ctx) => {
    periods.forEach((p, i) => {
      const overlaps = periods.some(
        (q, j) => j < i && q.day === p.day && minutesOfDay(p.opens) < minutesOfDay(q.closes) && minutesOfDay(q.opens) < minutesOfDay(p.closes),
      );
      if (overlaps)
        ctx.addIssue({
          code: "custom",
          path: [i],
          message: `Opening times on ${weekdayLabels[p.day]} overlap`,
        });
    });
  });
export type OpeningHours = z.infer<typeof openingHoursSchema>;

export type OpeningOnDate = { open: true; periods: { opens: TimeOfDay; closes: TimeOfDay }[] } | { open: false; reason: string };

/** What a family would find on a date: the periods open, or why the centre is shut. */
export function openingOn(hours: OpeningHours, closures: readonly CentreClosure[], date: IsoDate): OpeningOnDate {
  const closure = closureOn(closures, date);
  if (closure) return { open: false, reason: `Closed: ${closure.reason}` };
  const day = weekdayName(isoWeekday(date));
  const periods = hours
    .filter((p) => p.day === day)
    .sort((a, b) => minutesOfDay(a.opens) - minutesOfDay(b.opens))
    .map(({ opens, closes }) => ({ opens, closes }));
  return periods.length > 0 ? { open: true, periods } : { open: false, reason: `Closed on ${weekdayLabels[day]}s` };
}

/** Open at this time: on or after opening, before closing. */
export function isOpenAt(hours: OpeningHours, closures: readonly CentreClosure[], date: IsoDate, time: TimeOfDay): boolean {
  const opening = openingOn(hours, closures, date);
  if (!opening.open) return false;
  const t = minutesOfDay(time);
  return opening.periods.some((p) => minutesOfDay(p.opens) <= t && t < minutesOfDay(p.closes));
}

/** Whether a session between these times fits inside one opening period on the date. */
export function fitsOpeningHours(
  hours: OpeningHours,
  closures: readonly CentreClosure[],
  date: IsoDate,
  starts: TimeOfDay,
  ends: TimeOfDay,
): boolean {
  const opening = openingOn(hours, closures, date);
  if (!opening.open) return false;
  return opening.periods.some((p) => minutesOfDay(p.opens) <= minutesOfDay(starts) && minutesOfDay(ends) <= minutesOfDay(p.closes));
}
