import { z } from "zod";
import { englandAndWalesBankHolidays, type BankHoliday } from "../calendar/bank-holidays";
import { addDays, daysBetween, isoDateSchema, isoWeekday, type IsoDate } from "../calendar/iso-date";
import { closureOn, type CentreClosure } from "../centres/closures";
import { minutesOfDay, timeOfDaySchema, weekdaySchema, weekdays, type TimeOfDay } from "../centres/time-of-day";

/**
 * A weekly rule ("Tuesdays 10:00–11:30, every week from 6 January") turned into dated sessions.
 * Bank holidays and centre closures are skipped rather than moved, and reported as skipped so
 * staff can see why a week is missing and families are told.
 */
export const weeklyScheduleSchema = z
  .object({
    weekday: weekdaySchema,
    startTime: timeOfDaySchema,
    endTime: timeOfDaySchema,
    startsOn: isoDateSchema,
    endsOn: isoDateSchema.optional(),
    everyWeeks: z.number().int().min(1, "Repeat every 1 to 4 weeks").max(4, "Repeat every 1 to 4 weeks").default(1),
    skipBankHolidays: z.boolean().default(true),
  })
  .superRefine((s, ctx) => {
    if (minutesOfDay(s.endTime) <= minutesOfDay(s.startTime))
      ctx.addIssue({
        code: "custom",
        path: ["endTime"],
        message: "The session must end after it starts",
      });
    if (s.endsOn && s.endsOn < s.startsOn)
      ctx.addIssue({
        code: "custom",
        path: ["endsOn"],
        message: "The last date must be on or after the first",
      });
  });
export type WeeklySchedule = z.infer<typeof weeklyScheduleSchema>;

export interface SessionOccurrence {
  date: IsoDate;
  startTime: TimeOfDay;
  endTime: TimeOfDay;
}

export interface SkippedOccurrence {
  date: IsoDate;
  reason: "bank_holiday" | "centre_closed";
  detail: string;
}

export interface OccurrenceOptions {
  bankHolidays?: readonly BankHoliday[];
  closures?: readonly CentreClosure[];
}

/** The first date on or after startsOn that falls on the schedule's weekday. */
export function firstScheduledDate(schedule: Pick<WeeklySchedule, "weekday" | "startsOn">): IsoDate {
  const target = weekdays.indexOf(schedule.weekday) + 1;
  return addDays(schedule.startsOn, (target - isoWeekday(schedule.startsOn) + 7) % 7);
}

function classify(date: IsoDate, schedule: WeeklySchedule, options: OccurrenceOptions): SkippedOccurrence | null {
  if (schedule.skipBankHolidays) {
    const holiday = (options.bankHolidays ?? englandAndWalesBankHolidays).find((h) => h.date === date);
    if (holiday) return { date, reason: "bank_holiday", detail: holiday.title };
  }
  const closure = closureOn(options.closures ?? [], date);
  if (closure) return { date, reason: "centre_closed", detail: closure.reason };
  return null;
}

const MAX_RANGE_DAYS = 366 * 3;

/** Dated sessions between two dates inclusive, and the dates skipped with the reason. */
export function sessionOccurrences(
  schedule: WeeklySchedule,
  range: { from: IsoDate; to: IsoDate },
  options: OccurrenceOptions = {},
): { occurrences: SessionOccurrence[]; skipped: SkippedOccurrence[] } {
  if (range.to < range.from) throw new RangeError("The range must end on or after it starts");
  if (daysBetween(range.from, range.to) > MAX_RANGE_DAYS) throw new RangeError("Ask for at most three years of sessions at a time");
  const occurrences: SessionOccurrence[] = [];
  const skipped: SkippedOccurrence[] = [];
  const step = 7 * schedule.everyWeeks;
  for (let date = firstScheduledDate(schedule); date <= range.to; date = addDays(date, step)) {
    if (schedule.endsOn && date > schedule.endsOn) break;
    if (date < range.from) continue;
    const skip = classify(date, schedule, options);
    if (skip) skipped.push(skip);
    else occurrences.push({ date, startTime: schedule.startTime, endTime: schedule.endTime });
  }
  return { occurrences, skipped };
}

/**
 * The first `count` sessions actually held, for a course of fixed length (a 10-week programme
 * runs 11 weeks when one week is a bank holiday). Ignores endsOn, because the course decides.
 */
export function firstOccurrences(schedule: WeeklySchedule, count: number, options: OccurrenceOptions = {}): SessionOccurrence[] {
  if (!Number.isInteger(count) || count < 1 || count > 100) throw new RangeError("A course has 1 to 100 sessions");
  const result: SessionOccurrence[] = [];
  const step = 7 * schedule.everyWeeks;
  for (let date = firstScheduledDate(schedule); result.length < count; date = addDays(date, step)) {
    if (daysBetween(schedule.startsOn, date) > MAX_RANGE_DAYS) throw new RangeError("Too many weeks are skipped to fit the course");
    if (!classify(date, schedule, options)) result.push({ date, startTime: schedule.startTime, endTime: schedule.endTime });
  }
  return result;
}
