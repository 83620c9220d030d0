import { z } from "zod";
import { addYears, isIsoDate, isoDateSchema } from "../calendar/iso-date";
import { minutesOfDay, timeOfDaySchema } from "../centres/time-of-day";
import { bookingChildSchema, MAX_CHILDREN_PER_BOOKING } from "./booking-form";
import { postcodeSchema } from "../centres/postcode";
import { textSchema } from "../shared/text";
import { someChangeIn } from "../shared/changes";

/** Forms centre staff use to run open-access sessions. Times are wall-clock times in England. */

/** A room's realistic size; larger events are not open-access sessions. */
export const MAX_SESSION_CAPACITY = 500;

const capacity = z
  .number({ error: "Enter how many children can come, like 12" })
  .int("Enter a whole number of places")
  .min(1, "A session needs at least 1 place")
  .max(MAX_SESSION_CAPACITY, `A session can have at most ${MAX_SESSION_CAPACITY} places`);
const title = textSchema({ label: "title", max: 100, min: 1, required: "Enter a title, like Stay and play" });
/** Empty clears the field; absent leaves it as it is. */
const note = (what: string, max: number) => textSchema({ label: what, max, multiline: true });
const reason = textSchema({ label: "reason", max: 200, min: 1, required: "Say why it is cancelled: families will be told" });

function endsAfterStarts(v: { startTime?: string; endTime?: string }, ctx: z.RefinementCtx) {
  if (v.startTime && v.endTime && minutesOfDay(v.endTime) <= minutesOfDay(v.startTime))
    ctx.addIssue({ code: "custom", path: ["endTime"], message: "The end time must be after the start time" });
}

export const openAccessSessionCreateSchema = z
  .object({
    centreId: z.uuid({ error: "Choose a centre" }),
    sessionTypeId: z.uuid({ error: "Choose the type of session" }),
    title,
    description: note("description", 500).optional(),
    locationNote: note("location", 200).optional(),
    date: isoDateSchema,
    startTime: timeOfDaySchema,
    endTime: timeOfDaySchema,
    capacity,
  })
  .superRefine(endsAfterStarts);
export type OpenAccessSessionCreate = z.infer<typeof openAccessSessionCreateSchema>;

export const openAccessSessionUpdateSchema = z
  .object({
    sessionId: z.uuid({ error: "Unknown session" }),
    title: title.optional(),
    description: note("description", 500).optional(),
    locationNote: note("location", 200).optional(),
    date: isoDateSchema.optional(),
    startTime: timeOfDaySchema.optional(),
    endTime: timeOfDaySchema.optional(),
    capacity: capacity.optional(),
  })
  .superRefine(endsAfterStarts)
  .superRefine(someChangeIn("sessionId"));
export type OpenAccessSessionUpdate = z.infer<typeof openAccessSessionUpdateSchema>;

export const openAccessSessionCancelSchema = z.object({ sessionId: z.uuid({ error: "Unknown session" }), reason });
export type OpenAccessSessionCancel = z.infer<typeof openAccessSessionCancelSchema>;

/** A weekly series runs for at most a year; the next year's timetable is a new series. */
export const MAX_SERIES_YEARS = 1;

function seriesDatesInOrder(s: { firstDate: string; lastDate: string }, ctx: z.RefinementCtx) {
  // Zod runs this even when a date box is empty or half typed; each date has its own message then.
  if (!isIsoDate(s.firstDate) || !isIsoDate(s.lastDate)) return;
  if (s.lastDate < s.firstDate) ctx.addIssue({ code: "custom", path: ["lastDate"], message: "The last date must be on or after the first date" });
  else if (s.lastDate > addYears(s.firstDate, MAX_SERIES_YEARS))
    ctx.addIssue({ code: "custom", path: ["lastDate"], message: "A series can run for at most a year: set up another one after that" });
}

const seriesDates = {
  centreId: z.uuid({ error: "Choose a centre" }),
  /** The first session; the series runs on this weekday. */
  firstDate: isoDateSchema,
  lastDate: isoDateSchema,
};

export const sessionSeriesCreateSchema = z
  .object({
    ...seriesDates,
    sessionTypeId: z.uuid({ error: "Choose the type of session" }),
    title,
    description: note("description", 500).optional(),
    locationNote: note("location", 200).optional(),
    startTime: timeOfDaySchema,
    endTime: timeOfDaySchema,
    capacity,
  })
  .superRefine((s, ctx) => {
    endsAfterStarts(s, ctx);
    seriesDatesInOrder(s, ctx);
  });
export type SessionSeriesCreate = z.infer<typeof sessionSeriesCreateSchema>;

/** The weeks a series would run and the weeks it would skip, asked for before it is saved. */
export const sessionSeriesPreviewSchema = z.object(seriesDates).superRefine(seriesDatesInOrder);
export type SessionSeriesPreview = z.infer<typeof sessionSeriesPreviewSchema>;

/** Changes to every session of a series that has not started yet. */
export const sessionSeriesUpdateSchema = z
  .object({
    seriesId: z.uuid({ error: "Unknown series" }),
    title: title.optional(),
    description: note("description", 500).optional(),
    locationNote: note("location", 200).optional(),
    startTime: timeOfDaySchema.optional(),
    endTime: timeOfDaySchema.optional(),
    capacity: capacity.optional(),
  })
  .superRefine(endsAfterStarts)
  .superRefine(someChangeIn("seriesId"));
export type SessionSeriesUpdate = z.infer<typeof sessionSeriesUpdateSchema>;

export const sessionSeriesCancelSchema = z.object({ seriesId: z.uuid({ error: "Unknown series" }), reason });
export type SessionSeriesCancel = z.infer<typeof sessionSeriesCancelSchema>;

/** A family rang to cancel: staff cancel the booking for them and record why. */
export const staffBookingCancelSchema = z.object({
  bookingId: z.uuid({ error: "Unknown booking" }),
  reason: textSchema({ label: "reason", max: 200, min: 1, required: "Say why the booking is cancelled, like ‘Parent rang: child unwell’" }),
});
export type StaffBookingCancel = z.infer<typeof staffBookingCancelSchema>;

export const sessionAttendanceStatuses = ["attended", "did_not_attend"] as const;

export const sessionAttendanceRecordSchema = z.object({
  sessionId: z.uuid({ error: "Unknown session" }),
  personId: z.uuid({ error: "Unknown child" }),
  status: z.enum(sessionAttendanceStatuses, { error: "Choose attended or did not attend" }),
});
export type SessionAttendanceRecord = z.infer<typeof sessionAttendanceRecordSchema>;

/** A family who turned up without booking, registered at the door so they count in reach. */
export const walkInSchema = z.object({
  sessionId: z.uuid({ error: "Unknown session" }),
  carerName: textSchema({ label: "parent or carer’s name", max: 100, min: 1 }),
  postcode: postcodeSchema,
  children: z
    .array(bookingChildSchema)
    .min(1, "Add at least one child")
    .max(MAX_CHILDREN_PER_BOOKING, `Add up to ${MAX_CHILDREN_PER_BOOKING} children at once`),
});
export type WalkIn = z.infer<typeof walkInSchema>;

export const centreDaySchema = z.object({ centreId: z.uuid({ error: "Choose a centre" }), date: isoDateSchema });
export type CentreDay = z.infer<typeof centreDaySchema>;

export const centreSessionListSchema = z
  .object({ centreId: z.uuid({ error: "Choose a centre" }), from: isoDateSchema, to: isoDateSchema })
  .refine((q) => q.to >= q.from, { path: ["to"], message: "The end date must be on or after the start date" });
export type CentreSessionList = z.infer<typeof centreSessionListSchema>;
