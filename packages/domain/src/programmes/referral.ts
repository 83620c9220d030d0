import { z } from "zod";
import { isoDateSchema } from "../calendar/iso-date";
import { bookingChannels, bookingEmailSchema, bookingMobileSchema } from "../bookings/booking-form";
import { textSchema } from "../shared/text";

/**
 * A referral of a family (for one child or young person) to a run: from an FSS case, an Early Help
 * Assessment, a Team Around the Family or a consultation, or a family who asked at a centre. The
 * family's consent is recorded with it; without consent nobody is referred. A referral waits in
 * order until a place is offered, and is enrolled when the family takes the place.
 */
export const programmeReferralSources = ["fss_case", "eha", "taf", "consultation", "self"] as const;
export type ProgrammeReferralSource = (typeof programmeReferralSources)[number];
export const programmeReferralSourceLabels: Record<ProgrammeReferralSource, string> = {
  fss_case: "FSS case",
  eha: "Early Help Assessment",
  taf: "Team Around the Family",
  consultation: "Consultation",
  self: "Self-referral at a centre",
};

export const programmeReferralStatuses = ["waiting", "offered", "enrolled", "declined", "withdrawn"] as const;
export type ProgrammeReferralStatus = (typeof programmeReferralStatuses)[number];

/**
 * A referral comes from exactly one place, named by its id: an FSS case, an Early Help Assessment,
 * a team around the family or a consultation — or, for a self-referral, the centre where the
 * family asked. The one procedure and form serve all five, as a request for service does.
 */
export const programmeReferralSourceFields = {
  fss_case: "caseId",
  eha: "assessmentId",
  taf: "tafId",
  consultation: "consultationId",
  self: "centreId",
} as const satisfies Record<ProgrammeReferralSource, string>;
export type ProgrammeReferralSourceField = (typeof programmeReferralSourceFields)[ProgrammeReferralSource];

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

export const programmeReferralCreateSchema = z
  .object({
    runId: z.uuid({ error: "Choose a run" }),
    familyId: z.uuid({ error: "Choose the family" }),
    personId: z.uuid({ error: "Choose who the place is for" }),
    caseId: z.uuid({ error: "Unknown case" }).optional(),
    assessmentId: z.uuid({ error: "Unknown Early Help Assessment" }).optional(),
    tafId: z.uuid({ error: "Unknown team around the family" }).optional(),
    consultationId: z.uuid({ error: "Unknown consultation" }).optional(),
    /** A self-referral: the centre where the family asked. */
    centreId: optional(z.uuid({ error: "Choose the centre where the family asked" })),
    consentGiven: z.literal(true, { error: "Record the family’s consent before referring them" }),
    consentGivenBy: textSchema({ label: "name of who gave consent", max: 100, min: 1 }),
    consentRecordedOn: isoDateSchema,
    carerName: textSchema({ label: "carer’s name", max: 100, min: 1 }),
    mobile: optional(bookingMobileSchema),
    email: optional(bookingEmailSchema),
    preferredChannel: z.enum(bookingChannels, { error: "Choose how the family should hear from us" }),
  })
  .superRefine((r, ctx) => {
    if (r.preferredChannel === "sms" && !r.mobile)
      ctx.addIssue({ code: "custom", path: ["mobile"], message: "Enter a mobile number to text the family" });
    if (r.preferredChannel === "email" && !r.email)
      ctx.addIssue({ code: "custom", path: ["email"], message: "Enter an email address to email the family" });
    if (programmeReferralSources.filter((source) => r[programmeReferralSourceFields[source]] !== undefined).length !== 1)
      ctx.addIssue({
        code: "custom",
        path: ["centreId"],
        message: "Refer from one case, assessment, team around the family or consultation, or record a self-referral at one centre",
      });
  });
export type ProgrammeReferralCreate = z.infer<typeof programmeReferralCreateSchema>;

/** Where a referral came from, and the id of that case, assessment, team, consultation or centre. */
export function programmeReferralSourceOf(referral: ProgrammeReferralCreate): { source: ProgrammeReferralSource; sourceId: string } {
  const source = programmeReferralSources.find((s) => referral[programmeReferralSourceFields[s]] !== undefined)!;
  return { source, sourceId: referral[programmeReferralSourceFields[source]]! };
}

export const programmeReferralIdSchema = z.object({ referralId: z.uuid({ error: "Unknown referral" }) });

export const programmeReferralAnswerSchema = z.object({
  referralId: z.uuid({ error: "Unknown referral" }),
  answer: z.enum(["accept", "decline"], { error: "Say whether the family takes the place" }),
});
export type ProgrammeReferralAnswer = z.infer<typeof programmeReferralAnswerSchema>;

export interface QueuedReferral {
  id: string;
  status: ProgrammeReferralStatus;
  referredAt: Date;
}

/**
 * Who is offered the places free on a run: those waiting, in the order they were referred. Places
 * already offered and not yet answered count as taken, so one free place is never offered twice.
 */
export function referralsToOffer(params: { capacity: number; enrolled: number; referrals: readonly QueuedReferral[] }): string[] {
  const offered = params.referrals.filter((r) => r.status === "offered").length;
  const free = Math.max(0, params.capacity - params.enrolled - offered);
  return params.referrals
    .filter((r) => r.status === "waiting")
    .sort((a, b) => a.referredAt.getTime() - b.referredAt.getTime())
    .slice(0, free)
    .map((r) => r.id);
}
