import { z } from "zod";
import { type IsoDate } from "../calendar/iso-date";
import { addWorkingDays, nextWorkingDayOnOrAfter, type HolidaySet } from "../calendar/working-days";

/**
 * The FSS home's figures (issue 12, "The FSS home"): for the worker signed in, their caseload and
 * the visits, reviews and census problems My work holds for them; for a manager, the area's intake
 * waiting for the allocation meeting and each worker's load. Only counts: the lists they summarise
 * (My work, the caseload, the workload page, the intake queue) show the families.
 */
const countSchema = z.number().int().min(0);

/**
 * "This week" is the next 5 working days, today included when it is one: the visit cadence is
 * counted in working days (bank holidays skipped), so a week with a bank holiday in it reaches a
 * day further, and on a Saturday the week ahead is Monday to Friday.
 */
export const fssHomeWorkingDays = 5;

export const fssHomeTimingKinds = ["overdue", "due_this_week", "due_later"] as const;
export type FssHomeTiming = (typeof fssHomeTimingKinds)[number];
export const fssHomeTimingLabels: Record<FssHomeTiming, string> = {
  overdue: "Overdue",
  due_this_week: `Due in the next ${fssHomeWorkingDays} working days`,
  due_later: "Due later",
};

/** The last day of "this week": the fifth working day counting from today (or the next working day). */
export function fssHomeWeekEnd(today: IsoDate, holidays?: HolidaySet): IsoDate {
  return addWorkingDays(nextWorkingDayOnOrAfter(today, holidays), fssHomeWorkingDays - 1, holidays);
}

/** When a task falls: before today, within this working week from today, or later. */
export function fssHomeTiming(dueOn: IsoDate, today: IsoDate, holidays?: HolidaySet): FssHomeTiming {
  if (dueOn < today) return "overdue";
  return dueOn <= fssHomeWeekEnd(today, holidays) ? "due_this_week" : "due_later";
}

const timingCountsSchema = z.array(z.object({ timing: z.enum(fssHomeTimingKinds), count: countSchema }));

export const fssHomeSchema = z.object({
  today: z.string(),
  mine: z.object({
    openCases: countSchema,
    visits: timingCountsSchema,
    reviews: timingCountsSchema,
    /** Children on the worker's cases with open census problems. */
    censusProblems: countSchema,
  }),
  /** For managers only: their area's intake and team. */
  team: z
    .object({
      areaName: z.string().nullable(),
      intakeWaiting: countSchema,
      visitsOverdue: countSchema,
      workers: z.array(
        z.object({
          id: z.string(),
          displayName: z.string(),
          families: countSchema,
          children: countSchema,
          childProtectionPlans: countSchema,
          visitsOverdue: countSchema,
        }),
      ),
    })
    .nullable(),
});
export type FssHome = z.infer<typeof fssHomeSchema>;
