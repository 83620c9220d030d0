import { z } from "zod";

/** A wall-clock time in England, "09:30". Sessions happen at local times, whatever the offset. */
export const timeOfDaySchema = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter a time in 24-hour format, like 09:30");
export type TimeOfDay = string;

export function minutesOfDay(time: TimeOfDay): number {
  const [h, m] = time.split(":").map(Number) as [number, number];
  return h * 60 + m;
}

export const weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;
export const weekdaySchema = z.enum(weekdays, { error: "Choose a day of the week" });
export type Weekday = z.infer<typeof weekdaySchema>;
export const weekdayLabels: Record<Weekday, string> = {
  monday: "Monday",
  tuesday: "Tuesday",
  wednesday: "Wednesday",
  thursday: "Thursday",
  friday: "Friday",
  saturday: "Saturday",
  sunday: "Sunday",
};

/** ISO weekday number (1 = Monday) to its name. */
export function weekdayName(isoWeekday: number): Weekday {
  const day = weekdays[isoWeekday - 1];
  if (!day) throw new RangeError("ISO weekdays run from 1 (Monday) to 7 (Sunday)");
  return day;
}
