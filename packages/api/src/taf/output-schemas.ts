import { schema } from "@hearth/db";
import { requestForServiceStatusViewSchema } from "@hearth/domain";
import { z } from "zod";

const tafMeetingViewSchema = z.object({
  id: z.string(),
  scheduledOn: z.string().nullable(),
  startsAt: z.string().nullable(),
  venue: z.string().nullable(),
  heldOn: z.string().nullable(),
  attendees: z.array(z.string()),
  apologies: z.array(z.string()),
  summary: z.string().nullable(),
});

/** A Team Around the Family as its page shows it. */
export const tafDetailSchema = z.object({
  id: z.string(),
  assessmentId: z.string(),
  familyId: z.string(),
  familyName: z.string(),
  status: z.enum(schema.tafStatus.enumValues),
  startedOn: z.string(),
  lead: z.object({ id: z.string(), name: z.string() }),
  desiredOutcomes: z.array(z.string()),
  /** The family's members the reader may open, for choosing a family member. */
  familyMembers: z.array(z.object({ personId: z.string(), name: z.string() })),
  members: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(schema.tafMemberKind.enumValues),
      personId: z.string().nullable(),
      name: z.string(),
      agency: z.string().nullable(),
      role: z.string().nullable(),
      contact: z.string().nullable(),
    }),
  ),
  /** Scheduled meetings (heldOn null) and those held with their minutes, latest first. */
  meetings: z.array(tafMeetingViewSchema),
  /** The soonest scheduled meeting from today on, not yet held. */
  nextMeeting: tafMeetingViewSchema.nullable(),
  actions: z.array(
    z.object({
      id: z.string(),
      action: z.string(),
      owner: z.string(),
      agency: z.string().nullable(),
      dueOn: z.string(),
      outcome: z.string(),
      status: z.enum(schema.tafActionStatus.enumValues),
    }),
  ),
  nextReviewOn: z.string().nullable(),
  reviews: z.array(z.object({ id: z.string(), dueOn: z.string(), heldOn: z.string(), summary: z.string() })),
  closure: z.object({ closedOn: z.string(), reason: z.enum(schema.tafClosureReason.enumValues), summary: z.string() }).nullable(),
  /** The request for service to FSS made from this team, if any. */
  requestForService: requestForServiceStatusViewSchema.nullable(),
});
export type TafDetail = z.infer<typeof tafDetailSchema>;

export const tafStartedSchema = z.object({ id: z.string() });
/** The team started from an assessment, if any: the assessment page links to it. */
export const tafOfAssessmentSchema = z.object({ taf: z.object({ id: z.string(), status: z.enum(schema.tafStatus.enumValues) }).nullable() });

/** The open teams list: each with its lead, its next scheduled meeting and the review still to hold. */
export const tafListResultSchema = z.object({
  teams: z.array(
    z.object({
      id: z.string(),
      familyId: z.string(),
      familyName: z.string(),
      startedOn: z.string(),
      leadName: z.string(),
      nextMeetingOn: z.string().nullable(),
      nextMeetingAt: z.string().nullable(),
      nextReviewOn: z.string().nullable(),
    }),
  ),
});
