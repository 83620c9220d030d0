import { z } from "zod";
import { isoDateSchema, type IsoDate } from "../calendar/iso-date";
import { requestForServiceSummarySchema } from "../requests-for-service/request-for-service";
import { textSchema } from "../shared/text";

/**
 * The area's allocation meeting (issue 12 §1): FSS managers, workers and partner agencies meet,
 * go through the intake queue and decide each request for service. The meeting is recorded (when,
 * who was there, partners by name and agency) and every decision taken at it points at it.
 */

const meetingId = z.uuid({ error: "Unknown allocation meeting" });

export const allocationMeetingPartnerSchema = z.object({
  name: textSchema({ label: "partner's name", max: 120, min: 1 }),
  agency: textSchema({ label: "partner's agency", max: 120, min: 1 }),
});
export type AllocationMeetingPartner = z.infer<typeof allocationMeetingPartnerSchema>;

export const allocationMeetingCreateSchema = z.object({
  heldOn: isoDateSchema,
  staffIds: z
    .array(z.uuid({ error: "Choose staff from the list" }))
    .min(1, "Choose at least one member of FSS staff who attends")
    .max(40, "Choose at most 40 members of staff")
    .refine((ids) => new Set(ids).size === ids.length, "Choose each member of staff once"),
  partners: z.array(allocationMeetingPartnerSchema).max(20, "Name at most 20 partners").default([]),
});
export type AllocationMeetingCreate = z.infer<typeof allocationMeetingCreateSchema>;

/** A meeting may be arranged ahead or recorded afterwards, but a year either way is a mistyped year. */
export function allocationMeetingDateProblem(heldOn: IsoDate, today: IsoDate): string | null {
  const year = Number(today.slice(0, 4));
  if (heldOn > `${year + 1}${today.slice(4)}`) return "The meeting date must be within the next year";
  if (heldOn < `${year - 1}${today.slice(4)}`) return "The meeting date must be within the last year";
  return null;
}

/** Decisions are taken at the meeting, so not before the day it is held. */
export function allocationDecisionDateProblem(heldOn: IsoDate, today: IsoDate): string | null {
  return heldOn > today ? "Decisions can be recorded from the day of the meeting" : null;
}

export const allocationMeetingIdSchema = z.object({ meetingId });
export const allocationMeetingListSchema = z.object({ limit: z.number().int().min(1).max(100).default(20) });
export type AllocationMeetingList = z.infer<typeof allocationMeetingListSchema>;

export const allocationMeetingSummarySchema = z.object({
  id: z.string(),
  heldOn: z.string(),
  areaName: z.string(),
  attendees: z.number().int(),
  decisions: z.number().int(),
});
export type AllocationMeetingSummary = z.infer<typeof allocationMeetingSummarySchema>;
export const allocationMeetingListResultSchema = z.object({ meetings: z.array(allocationMeetingSummarySchema), waiting: z.number().int() });

export const allocationMeetingDetailSchema = z.object({
  id: z.string(),
  heldOn: z.string(),
  areaName: z.string(),
  recordedByName: z.string(),
  staff: z.array(z.object({ id: z.string(), displayName: z.string() })),
  partners: z.array(z.object({ name: z.string(), agency: z.string() })),
  /** The requests decided at this meeting, in the order they were decided. */
  decided: z.array(requestForServiceSummarySchema),
  /** The area's requests still waiting for a decision, oldest first: the meeting's agenda. */
  waiting: z.array(requestForServiceSummarySchema),
  /** Whether decisions can be recorded yet: from the day of the meeting, by those who may decide. */
  canDecide: z.boolean(),
});
export type AllocationMeetingDetail = z.infer<typeof allocationMeetingDetailSchema>;

/** Who may attend, for the form that records a meeting: the area's FSS staff. */
export const allocationMeetingChoicesSchema = z.object({ staff: z.array(z.object({ id: z.string(), displayName: z.string() })) });
export type AllocationMeetingChoices = z.infer<typeof allocationMeetingChoicesSchema>;
export const allocationMeetingCreatedSchema = z.object({ meetingId: z.string() });
