import { z } from "zod";
import { isoDateSchema } from "../calendar/iso-date";
import { textSchema } from "../shared/text";

/**
 * A family's chronology: one timeline assembled from every service. Each service contributes
 * events of its own kinds; practitioners add manual entries for what no service records (a phone
 * call, a home visit, a strategy meeting). Later issues add services and kinds here.
 */
export const chronologyServices = ["centres", "lcss", "fss", "manual"] as const;
export type ChronologyService = (typeof chronologyServices)[number];

export const chronologyServiceLabels: Record<ChronologyService, string> = {
  centres: "Family centres",
  lcss: "Locality and Community Support",
  fss: "Family Support Service",
  manual: "Added by a practitioner",
};

/** What a practitioner may record by hand. */
export const chronologyEntryKinds = ["contact", "home_visit", "meeting", "concern", "note"] as const;
export type ChronologyEntryKind = (typeof chronologyEntryKinds)[number];

/** Kinds the services record themselves: a family centre's bookings and register. */
export const chronologyServiceEventKinds = [
  "booked",
  "booking_cancelled",
  "attended",
  "did_not_attend",
  "consultation",
  "assessment",
  "request_for_service",
  "case_visit",
  "team_around_the_family",
  "statutory_episode",
  "fss_intake_decision",
  "fss_case",
  "group_programme",
] as const;

export const chronologyKinds = [...chronologyServiceEventKinds, ...chronologyEntryKinds] as const;
export type ChronologyKind = (typeof chronologyKinds)[number];

export const chronologyKindLabels: Record<ChronologyKind, string> = {
  booked: "Session booked",
  booking_cancelled: "Booking cancelled",
  attended: "Attended a session",
  did_not_attend: "Did not attend a session",
  consultation: "Consultation with LCSS",
  assessment: "Early Help Assessment",
  request_for_service: "Request for service to FSS",
  case_visit: "FSS visit or case note",
  team_around_the_family: "Team Around the Family",
  statutory_episode: "Statutory episode (child in need, child protection, looked after)",
  fss_intake_decision: "FSS decision on a request for service",
  fss_case: "FSS case",
  group_programme: "Group programme referral, enrolment or completion",
  contact: "Contact with the family",
  home_visit: "Home visit",
  meeting: "Meeting",
  concern: "Concern raised",
  note: "Note",
};

const familyId = z.uuid({ error: "Unknown family" });
/** "The whole family" is the blank choice in the form's list of children. */
const childOfFamily = z.preprocess((v) => (v === "" ? undefined : v), z.uuid({ error: "Choose a child from the family" }).optional());

export const CHRONOLOGY_SUMMARY_MAX = 2000;

/** A manual entry: when it happened, what kind of thing it was, what happened, and whether it matters. */
export const chronologyEntryCreateSchema = z.object({
  familyId,
  personId: childOfFamily,
  occurredOn: z.string({ error: "Enter the date it happened" }).min(1, "Enter the date it happened").pipe(isoDateSchema),
  kind: z.enum(chronologyEntryKinds, { error: "Choose what kind of entry this is" }),
  summary: textSchema({ label: "summary", max: CHRONOLOGY_SUMMARY_MAX, min: 1, multiline: true, required: "Enter what happened" }),
  significant: z.boolean().default(false),
});
export type ChronologyEntryCreate = z.infer<typeof chronologyEntryCreateSchema>;

/**
 * A manual entry corrected by its author or a manager: every field as it should now read. Only
 * manual entries are edited; what a service recorded is corrected in that service. The version
 * it replaces is kept.
 */
export const chronologyEntryEditSchema = chronologyEntryCreateSchema.omit({ familyId: true }).extend({
  entryId: z.uuid({ error: "Unknown chronology entry" }),
});
export type ChronologyEntryEdit = z.infer<typeof chronologyEntryEditSchema>;

/** The most a page asks for; the CSV download asks for this many per call until there are no more. */
export const CHRONOLOGY_PAGE_MAX = 500;

/**
 * Where a page ends: the last entry's time and id. Entries are ordered by time then id, both
 * descending, so the next page starts strictly after this pair and is stable while entries are added.
 */
export const chronologyCursorSchema = z.object({ occurredAt: z.iso.datetime({ offset: true }), id: z.string().min(1).max(80) });
export type ChronologyCursor = z.infer<typeof chronologyCursorSchema>;

export const chronologyListSchema = z
  .object({
    familyId,
    personId: childOfFamily,
    service: z.enum(chronologyServices, { error: "Choose a service" }).optional(),
    kind: z.enum(chronologyKinds, { error: "Choose a kind of event" }).optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    significantOnly: z.boolean().optional(),
    cursor: chronologyCursorSchema.optional(),
    limit: z.number().int().min(1).max(CHRONOLOGY_PAGE_MAX).default(50),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ["to"], message: "The end date must be the same as or after the start date" });
export type ChronologyList = z.input<typeof chronologyListSchema>;
