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

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

export const programmeReferralCreateSchema = z
  .object({
    runId: z.uuid({ error: "Choose a run" }),
    familyId: z.uuid({ error: "Choose the family" }),
    personId: z.uuid({ error: "Choose who the place is for" }),
    source: z.enum(programmeReferralSources, { error: "Say where the referral came from" }),
    /** The case, assessment, team or consultation it came from; none for a self-referral. */
    sourceId: z.uuid({ error: "Unknown record" }).optional(),
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
    if (r.source !== "self" && !r.sourceId) ctx.addIssue({ code: "custom", path: ["sourceId"], message: "Say which record the referral came from" });
  });
export type ProgrammeReferralCreate = z.infer<typeof programmeReferralCreateSchema>;

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
