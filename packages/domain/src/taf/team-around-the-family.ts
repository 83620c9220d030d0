import { z } from "zod";
import { addDays, isoDateSchema, type IsoDate } from "../calendar/iso-date";
import { formatDate } from "../calendar/uk-dates";
import { timeOfDaySchema } from "../centres/time-of-day";
import { textSchema } from "../shared/text";

/**
 * Team Around the Family (issue 11 §4): the family and the professionals who work with them,
 * meeting regularly to an action plan drawn from a completed Early Help Assessment's desired
 * outcomes, reviewed every few weeks, and closed with a reason.
 */
export const tafStatuses = ["open", "closed"] as const;
export type TafStatus = (typeof tafStatuses)[number];

export const tafMemberKinds = ["family", "lead_professional", "agency"] as const;
export type TafMemberKind = (typeof tafMemberKinds)[number];
export const tafMemberKindLabels: Record<TafMemberKind, string> = {
  family: "Family member",
  lead_professional: "Lead professional",
  agency: "Partner agency",
};

export const tafActionStatuses = ["open", "done"] as const;
export type TafActionStatus = (typeof tafActionStatuses)[number];
export const tafActionStatusLabels: Record<TafActionStatus, string> = { open: "Open", done: "Done" };

export const tafClosureReasons = ["outcomes_met", "stepped_up_to_fss", "stepped_down_to_universal", "consent_withdrawn"] as const;
export type TafClosureReason = (typeof tafClosureReasons)[number];
export const tafClosureReasonLabels: Record<TafClosureReason, string> = {
  outcomes_met: "Outcomes met",
  stepped_up_to_fss: "Stepped up to the Family Support Service",
  stepped_down_to_universal: "Stepped down to universal services",
  consent_withdrawn: "Consent withdrawn",
};

/** Reviews fall due this many weeks apart unless the service configures otherwise. */
export const defaultTafReviewWeeks = 6;

/** The next review after `from` (the start, or the last review held). */
export function nextTafReviewDue(from: IsoDate, weeks: number = defaultTafReviewWeeks): IsoDate {
  return addDays(from, weeks * 7);
}

/** A review or meeting is scheduled for today or later: a date in the past is refused with a reason. */
export function tafReviewDateProblem(on: IsoDate, today: IsoDate, what = "review"): string | null {
  return on < today ? `The ${what} must be on or after today, ${formatDate(today)}` : null;
}

/** The team's next meeting: the soonest scheduled one not yet held, from today on. */
export function nextTafMeeting<M extends { scheduledOn: IsoDate | null; startsAt: string | null; heldOn: IsoDate | null }>(
  meetings: readonly M[],
  today: IsoDate,
): M | null {
  const due = meetings.filter((m) => !m.heldOn && m.scheduledOn && m.scheduledOn >= today);
  due.sort((a, b) => `${a.scheduledOn} ${a.startsAt}`.localeCompare(`${b.scheduledOn} ${b.startsAt}`));
  return due[0] ?? null;
}

const tafId = z.uuid({ error: "Unknown team around the family" });
const shortText = (label: string, max = 200) => textSchema({ label, max, min: 1 });
const optionalShort = (label: string, max = 200) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), textSchema({ label, max }).optional());
const long = (label: string, required?: string) => textSchema({ label, max: 5000, min: 1, multiline: true, required });
const names = (label: string) => z.array(shortText(label)).max(40, `List 40 or fewer`);

export const tafIdSchema = z.object({ tafId });
/** The open teams of the reader's area, or only those the reader leads. */
export const tafListSchema = z.object({ mine: z.boolean().default(false) });
export type TafList = z.infer<typeof tafListSchema>;
export const tafStartSchema = z.object({
  assessmentId: z.uuid({ error: "Unknown assessment" }),
  startedOn: isoDateSchema,
});
export type TafStart = z.infer<typeof tafStartSchema>;

export const tafMemberAddSchema = z.object({
  tafId,
  kind: z.enum(tafMemberKinds, { error: "Choose who this member is" }),
  /** A family member on the family's record; otherwise the name is typed. */
  personId: z.uuid({ error: "Choose a member of the family" }).optional(),
  name: shortText("name"),
  agency: optionalShort("agency"),
  role: optionalShort("role"),
  contact: optionalShort("contact details", 300),
});
export type TafMemberAdd = z.infer<typeof tafMemberAddSchema>;

/** Schedules a meeting, or moves one already scheduled (`meetingId`). */
export const tafMeetingScheduleSchema = z.object({
  tafId,
  meetingId: z.uuid({ error: "Choose a scheduled meeting" }).optional(),
  scheduledOn: isoDateSchema,
  startsAt: timeOfDaySchema,
  venue: shortText("venue"),
});
export type TafMeetingSchedule = z.infer<typeof tafMeetingScheduleSchema>;

/** The minutes of a meeting: of one scheduled (`meetingId`), or of one held without being scheduled here. */
export const tafMeetingSchema = z.object({
  tafId,
  meetingId: z.uuid({ error: "Choose a scheduled meeting" }).optional(),
  heldOn: isoDateSchema,
  attendees: names("attendee").min(1, "Name at least one person who attended"),
  apologies: names("apology"),
  summary: long("meeting summary", "Summarise what the meeting agreed"),
});
export type TafMeeting = z.infer<typeof tafMeetingSchema>;

export const tafActionAddSchema = z.object({
  tafId,
  action: long("action", "Say what will be done"),
  owner: shortText("owner"),
  agency: optionalShort("agency"),
  dueOn: isoDateSchema,
  /** One of the assessment's desired outcomes, word for word. */
  outcome: shortText("outcome", 1000),
});
export type TafActionAdd = z.infer<typeof tafActionAddSchema>;

export const tafActionStatusSchema = z.object({
  tafId,
  actionId: z.uuid({ error: "Unknown action" }),
  status: z.enum(tafActionStatuses, { error: "Choose open or done" }),
});
export type TafActionStatusChange = z.infer<typeof tafActionStatusSchema>;

export const tafReviewScheduleSchema = z.object({ tafId, dueOn: isoDateSchema });
export type TafReviewSchedule = z.infer<typeof tafReviewScheduleSchema>;

export const tafReviewRecordSchema = z.object({
  tafId,
  heldOn: isoDateSchema,
  summary: long("review summary", "Summarise what the review found"),
});
export type TafReviewRecord = z.infer<typeof tafReviewRecordSchema>;

export const tafCloseSchema = z.object({
  tafId,
  closedOn: isoDateSchema,
  reason: z.enum(tafClosureReasons, { error: "Choose why the team around the family is closing" }),
  summary: long("closing summary", "Summarise the work and where the family is now"),
});
export type TafClose = z.infer<typeof tafCloseSchema>;
