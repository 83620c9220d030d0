import { z } from "zod";
import { isoDateSchema, type IsoDate } from "../calendar/iso-date";
import { assessmentAreaSchema, assessmentDomainSchema, isAreaOfDomain } from "./assessment-framework";
import { textSchema } from "../shared/text";
import { someChangeIn } from "../shared/changes";

/**
 * The Early Help Assessment (formerly the CAF): consent-based, whole-family, led by one lead
 * professional, structured by the Assessment Framework. Text limits are generous because
 * practitioners write in full sentences, but bounded so one record cannot fill the database.
 */
export const earlyHelpAssessmentStatuses = ["draft", "completed", "signed_off", "reviewed"] as const;
export type EarlyHelpAssessmentStatus = (typeof earlyHelpAssessmentStatuses)[number];
export const earlyHelpAssessmentStatusLabels: Record<EarlyHelpAssessmentStatus, string> = {
  draft: "Draft",
  completed: "Completed",
  signed_off: "Signed off",
  reviewed: "Reviewed",
};

const text = (what: string, max = 5000) => textSchema({ label: what, max, min: 1, multiline: true });

export const leadProfessionalSchema = z.object({
  name: text("lead professional’s name", 120),
  agency: text("lead professional’s agency", 120),
  role: textSchema({ label: "lead professional’s role", max: 120 }).optional(),
  email: z.email({ error: "Enter an email address, like name@example.com" }).optional(),
  /** Set when the lead professional is a member of council staff with an account. */
  staffId: z.uuid().optional(),
});
export type LeadProfessional = z.infer<typeof leadProfessionalSchema>;

export const assessmentFindingSchema = z
  .object({
    domain: assessmentDomainSchema,
    area: assessmentAreaSchema,
    strengths: textSchema({ label: "strengths", max: 5000, multiline: true }).optional(),
    needs: textSchema({ label: "needs", max: 5000, multiline: true }).optional(),
  })
  .superRefine((f, ctx) => {
    if (!isAreaOfDomain(f.domain, f.area))
      ctx.addIssue({
        code: "custom",
        path: ["area"],
        message: "This area belongs to a different domain",
      });
    if (!f.strengths && !f.needs)
      ctx.addIssue({
        code: "custom",
        path: ["needs"],
        message: "Record a strength or a need for this area",
      });
  });
export type AssessmentFinding = z.infer<typeof assessmentFindingSchema>;

export const assessmentConsentSchema = z.object({
  givenByPersonId: z.uuid({ error: "Say who gave consent" }),
  givenOn: isoDateSchema,
  withdrawnOn: isoDateSchema.optional(),
});

const earlyHelpAssessmentFields = z.object({
  familyId: z.uuid({ error: "Unknown family" }),
  childIds: z
    .array(z.uuid({ error: "Unknown child" }))
    .min(1, "Choose at least one child")
    .max(12),
  startedOn: isoDateSchema,
  leadProfessional: leadProfessionalSchema.optional(),
  childsVoice: textSchema({ label: "child’s voice", max: 10_000, multiline: true }).optional(),
  /** A baby cannot speak for themselves; say how their experience was understood instead. */
  childsVoiceNotRecordedReason: textSchema({ label: "reason", max: 2000, multiline: true }).optional(),
  findings: z.array(assessmentFindingSchema).max(60).default([]),
  strengths: z.array(text("strength", 1000)).max(30).default([]),
  needs: z.array(text("need", 1000)).max(30).default([]),
  consent: assessmentConsentSchema.optional(),
});

export const earlyHelpAssessmentCreateSchema = earlyHelpAssessmentFields.refine(
  (a) => !a.consent || a.consent.givenOn <= (a.consent.withdrawnOn ?? a.consent.givenOn),
  { message: "Consent cannot be withdrawn before it was given", path: ["consent", "withdrawnOn"] },
);
export type EarlyHelpAssessmentCreate = z.infer<typeof earlyHelpAssessmentCreateSchema>;

export const earlyHelpAssessmentUpdateSchema = z.object({
  assessmentId: z.uuid({ error: "Unknown assessment" }),
  changes: earlyHelpAssessmentFields.omit({ familyId: true }).partial().superRefine(someChangeIn()),
});
export type EarlyHelpAssessmentUpdate = z.infer<typeof earlyHelpAssessmentUpdateSchema>;

export interface EarlyHelpAssessmentReview {
  on: IsoDate;
  byStaffId: string;
  summary: string;
}

/** An assessment as the lifecycle sees it: the recorded content plus where it has got to. */
export interface EarlyHelpAssessment extends EarlyHelpAssessmentCreate {
  status: EarlyHelpAssessmentStatus;
  completedOn?: IsoDate | null;
  signedOffOn?: IsoDate | null;
  signedOffByStaffId?: string | null;
  reviews: EarlyHelpAssessmentReview[];
  /** Who wrote it: they may not sign it off themselves. */
  authorStaffId?: string | null;
  /** For an assessment written through the task list, the sections still to complete. */
  sectionsToComplete?: string[];
}
