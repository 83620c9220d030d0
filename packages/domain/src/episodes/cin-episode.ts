import { formatDate } from "../calendar/uk-dates";
import { z } from "zod";
import { isoDateSchema, type IsoDate } from "../calendar/iso-date";
import { decide, type Decision } from "../shared/result";
import { assessmentFactorSchema, categoryOfAbuseSchema, primaryNeedSchema, reasonForClosureSchema, referralSourceSchema } from "./code-sets";
import type { CensusEpisode } from "./census-child";

/**
 * Recording a child's statutory episode step by step. These schemas are strict (known codes only,
 * dates in order within one record); rules that span records are the census checker's.
 */
const referralFields = {
  referralDate: isoDateSchema,
  referralSource: referralSourceSchema,
  primaryNeed: primaryNeedSchema.optional(),
  /** A referral that led to no further action (not even an assessment). */
  referralNfa: z.boolean({ error: "Say whether the referral led to further action" }),
};
const needsPrimaryNeed: [(r: { referralNfa: boolean; primaryNeed?: string }) => boolean, { message: string; path: string[] }] = [
  (r) => r.referralNfa || !!r.primaryNeed,
  { message: "Choose the primary need: the referral led to further action", path: ["primaryNeed"] },
];

/** A referral as a practitioner records it for a child already chosen (the episode screens). */
export const cinReferralRecordSchema = z.object(referralFields).refine(...needsPrimaryNeed);
export type CinReferralRecord = z.infer<typeof cinReferralRecordSchema>;

export const cinReferralCreateSchema = z.object({ childId: z.uuid({ error: "Unknown child" }), ...referralFields }).refine(...needsPrimaryNeed);
export type CinReferralCreate = z.infer<typeof cinReferralCreateSchema>;

export const cinAssessmentRecordSchema = z
  .object({
    startDate: isoDateSchema,
    authorisationDate: isoDateSchema.optional(),
    factors: z.array(assessmentFactorSchema).max(40).default([]),
  })
  .superRefine((a, ctx) => {
    if (a.authorisationDate && a.authorisationDate < a.startDate) {
      ctx.addIssue({
        code: "custom",
        path: ["authorisationDate"],
        message: "The assessment cannot be authorised before it started",
      });
    }
    if (a.authorisationDate && a.factors.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["factors"],
        message: "Record the factors identified, or ‘21 No factors identified’",
      });
    }
    if (!a.authorisationDate && a.factors.length > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["factors"],
        message: "Record factors when the assessment is authorised",
      });
    }
    if (a.factors.includes("21") && a.factors.length > 1) {
      ctx.addIssue({
        code: "custom",
        path: ["factors"],
        message: "‘21 No factors identified’ cannot be chosen with other factors",
      });
    }
    if (new Set(a.factors).size !== a.factors.length)
      ctx.addIssue({
        code: "custom",
        path: ["factors"],
        message: "Each factor can be chosen only once",
      });
  });

const period = (what: string) =>
  z.object({ startDate: isoDateSchema, endDate: isoDateSchema.optional() }).refine((p) => !p.endDate || p.endDate > p.startDate, {
    message: `The ${what} must end after the day it starts`,
    path: ["endDate"],
  });

export const cinPlanRecordSchema = period("CIN plan");

export const section47RecordSchema = z
  .object({
    startDate: isoDateSchema,
    icpcTargetDate: isoDateSchema.optional(),
    dateOfInitialCpc: isoDateSchema.optional(),
    icpcNotRequired: z.boolean().default(false),
  })
  .superRefine((s, ctx) => {
    if (s.dateOfInitialCpc && s.dateOfInitialCpc < s.startDate) {
      ctx.addIssue({
        code: "custom",
        path: ["dateOfInitialCpc"],
        message: "The conference cannot be before the enquiry started",
      });
    }
    if (s.dateOfInitialCpc && s.icpcNotRequired) {
      ctx.addIssue({
        code: "custom",
        path: ["icpcNotRequired"],
        message: "A conference was held, so it cannot be marked as not required",
      });
    }
  });

export const childProtectionPlanRecordSchema = z
  .object({
    startDate: isoDateSchema,
    endDate: isoDateSchema.optional(),
    initialCategory: categoryOfAbuseSchema,
    latestCategory: categoryOfAbuseSchema,
    numberOfPreviousCpp: z.number({ error: "Enter the number of previous plans" }).int().min(0, "Enter 0 or more previous plans"),
    reviewDates: z.array(isoDateSchema).default([]),
  })
  .superRefine((p, ctx) => {
    if (p.endDate && p.endDate <= p.startDate)
      ctx.addIssue({
        code: "custom",
        path: ["endDate"],
        message: "The plan must end after the day it starts",
      });
    p.reviewDates.forEach((r, i) => {
      if (r <= p.startDate)
        ctx.addIssue({
          code: "custom",
          path: ["reviewDates", i],
          message: "A review must be after the plan started",
        });
    });
  });

export const cinClosureSchema = z.object({
  closureDate: isoDateSchema,
  reasonForClosure: reasonForClosureSchema,
});
export type CinClosure = z.infer<typeof cinClosureSchema>;

function activityDates(e: CensusEpisode): IsoDate[] {
  return [
    ...e.assessments.flatMap((a) => [a.startDate, a.authorisationDate]),
    ...e.section47s.flatMap((s) => [s.startDate, s.dateOfInitialCpc]),
    e.dateOfInitialCpc,
    ...e.cinPlans.flatMap((p) => [p.startDate, p.endDate]),
    ...e.cpPlans.flatMap((p) => [p.startDate, p.endDate]),
  ].filter((d): d is IsoDate => !!d);
}

/** Closing an episode: refused with the reasons when it would leave the census record wrong. */
export function closeCinEpisode(
  episode: CensusEpisode,
  closure: { closureDate?: IsoDate | null; reasonForClosure?: string | null },
): Decision<CensusEpisode> {
  const reasons: string[] = [];
  if (!closure.reasonForClosure) reasons.push("Choose the reason for closing the case");
  else if (!reasonForClosureSchema.safeParse(closure.reasonForClosure).success) reasons.push("Choose a reason for closure from the census list");
  if (!closure.closureDate) reasons.push("Enter the closure date");
  const on = closure.closureDate;
  if (episode.closureDate) reasons.push(`The case was already closed on ${formatDate(episode.closureDate)}`);
  if (on && episode.referralDate && on < episode.referralDate) reasons.push("The case cannot close before the referral date");
  if (on && activityDates(episode).some((d) => d > on))
    reasons.push("Work is recorded after the closure date: close the case on or after the last activity");
  if (episode.assessments.some((a) => !a.authorisationDate)) reasons.push("Complete or end the open assessment first");
  if (episode.section47s.some((s) => !s.dateOfInitialCpc && !s.icpcNotRequired)) {
    reasons.push("Record the initial conference date, or that one is not required, for the open section 47 enquiry");
  }
  if (episode.cinPlans.some((p) => !p.endDate) || episode.cpPlans.some((p) => !p.endDate)) reasons.push("End the open plan first");
  const reason = closure.reasonForClosure;
  if ((reason === "RC8" || reason === "RC9") && episode.assessments.length === 0) {
    reasons.push("‘Closed after assessment’ needs an assessment on the episode");
  }
  return decide(reasons, () => ({ ...episode, closureDate: on!, reasonForClosure: reason! }));
}
