import { z } from "zod";
import { isoDateSchema, type IsoDate } from "../calendar/iso-date";
import { formatDate } from "../calendar/uk-dates";
import { textSchema } from "../shared/text";
import { assessmentDomains, assessmentFramework, type AssessmentDomain } from "./assessment-framework";
import { earlyHelpAssessmentStatuses, leadProfessionalSchema } from "./early-help-assessment";

/**
 * The Early Help Assessment as practitioners write it (issue 11 §3): a GOV.UK task list of
 * sections, each saved on its own (and kept as a server-side draft while typed). The whole family
 * is assessed: the children, each with the three Assessment Framework domains and their own
 * voice, and the adults, whose views are recorded.
 */
const assessmentId = z.uuid({ error: "Unknown assessment" });
const long = (label: string, required?: string) => textSchema({ label, max: 5000, min: 1, multiline: true, required });
const optionalLong = (label: string) => z.preprocess((v) => (v === "" ? undefined : v), textSchema({ label, max: 5000, multiline: true }).optional());

export const ehaStartSchema = z.object({
  familyId: z.uuid({ error: "Unknown family" }),
  childIds: z
    .array(z.uuid({ error: "Unknown child" }))
    .min(1, "Choose at least one child to assess")
    .max(12, "An assessment covers at most 12 children"),
  adultIds: z.array(z.uuid({ error: "Unknown adult" })).max(12, "An assessment covers at most 12 adults"),
  startedOn: isoDateSchema,
  /** Set when the assessment follows a call to the advice line. */
  consultationId: z.uuid({ error: "Unknown consultation" }).optional(),
});
export type EhaStart = z.infer<typeof ehaStartSchema>;

export const ehaConsentMethods = ["written", "verbal", "electronic"] as const;
export type EhaConsentMethod = (typeof ehaConsentMethods)[number];
export const ehaConsentMethodLabels: Record<EhaConsentMethod, string> = {
  written: "In writing (signed form)",
  verbal: "Verbally, in person or by phone",
  electronic: "By email or text message",
};

export const ehaConsentSectionSchema = z.object({
  section: z.literal("consent"),
  givenByPersonId: z.uuid({ error: "Say who gave consent" }),
  method: z.enum(ehaConsentMethods, { error: "Say how consent was given" }),
  givenOn: isoDateSchema,
});
export const ehaLeadProfessionalSectionSchema = z.object({
  section: z.literal("leadProfessional"),
  leadProfessional: leadProfessionalSchema.omit({ staffId: true }),
});

const domainFindings = z
  .object({ strengths: optionalLong("strengths"), needs: optionalLong("needs") })
  .refine((d) => d.strengths || d.needs, { message: "Record a strength or a need", path: ["needs"] });
export type EhaDomainFindings = z.infer<typeof domainFindings>;

export const ehaChildSectionSchema = z.object({
  section: z.literal("child"),
  personId: z.uuid({ error: "Unknown child" }),
  domains: z.object({
    child_development: domainFindings,
    parenting_capacity: domainFindings,
    family_environment: domainFindings,
  }),
  childsVoice: long("child’s own voice", "Record what the child said, or how their experience was understood"),
});
export type EhaChildSection = z.infer<typeof ehaChildSectionSchema>;

export const ehaParentsViewsSectionSchema = z.object({
  section: z.literal("parentsViews"),
  parentsViews: long("parents’ and carers’ views"),
});
export const ehaAnalysisSectionSchema = z.object({
  section: z.literal("analysis"),
  analysis: long("analysis"),
  desiredOutcomes: z
    .array(textSchema({ label: "desired outcome", max: 1000, min: 1 }))
    .min(1, "Enter at least one outcome the family wants")
    .max(20, "Enter 20 outcomes or fewer"),
});

/** Any one section of the task list, as a form sends it. */
export const ehaSectionSchema = z.discriminatedUnion("section", [
  ehaConsentSectionSchema,
  ehaLeadProfessionalSectionSchema,
  ehaChildSectionSchema,
  ehaParentsViewsSectionSchema,
  ehaAnalysisSectionSchema,
]);
export type EhaSection = z.infer<typeof ehaSectionSchema>;
export const ehaSectionSaveSchema = z.object({ assessmentId, content: ehaSectionSchema });
export type EhaSectionSave = z.infer<typeof ehaSectionSaveSchema>;

export const ehaIdSchema = z.object({ assessmentId });
export const ehaWithdrawConsentSchema = z.object({
  assessmentId,
  withdrawnOn: isoDateSchema,
  reason: textSchema({ label: "reason", max: 2000, multiline: true }).optional(),
});
export const ehaCompleteSchema = z.object({ assessmentId, on: isoDateSchema });
export const ehaSignOffSchema = z.object({ assessmentId, on: isoDateSchema });
export const ehaReturnSchema = z.object({
  assessmentId,
  comments: long("comments", "Say what the author needs to change"),
});
export const ehaReviewSchema = z.object({
  assessmentId,
  on: isoDateSchema,
  summary: long("review summary", "Summarise what the review found"),
});

export const ehaQualityRatings = ["outstanding", "good", "requires_improvement", "inadequate"] as const;
export type EhaQualityRating = (typeof ehaQualityRatings)[number];
export const ehaQualityRatingLabels: Record<EhaQualityRating, string> = {
  outstanding: "Outstanding",
  good: "Good",
  requires_improvement: "Requires improvement",
  inadequate: "Inadequate",
};
export const ehaQualityAuditSchema = z.object({
  assessmentId,
  rating: z.enum(ehaQualityRatings, { error: "Choose a rating" }),
  feedback: long("feedback to the author", "Enter your feedback to the author"),
});

/** What happens to an assessment, in its own history and on the family's chronology. */
export const ehaEventKinds = ["started", "completed", "returned", "signed_off", "reviewed", "consent_withdrawn", "quality_audited"] as const;
export type EhaEventKind = (typeof ehaEventKinds)[number];
export const ehaEventKindLabels: Record<EhaEventKind, string> = {
  started: "Early Help Assessment started",
  completed: "Early Help Assessment completed",
  returned: "Early Help Assessment returned with comments",
  signed_off: "Early Help Assessment signed off",
  reviewed: "Early Help Assessment reviewed",
  consent_withdrawn: "Consent to the Early Help Assessment withdrawn",
  quality_audited: "Early Help Assessment quality audit",
};

/** The task list's sections: a key (also the draft's key part) and what the list calls it. */
export interface EhaTask {
  key: string;
  title: string;
  /** The child a "child" section is about. */
  personId?: string;
}

/** "child-a", "child-b" …: a draft key may hold only letters there, and the order is fixed at the start. */
export function ehaChildTaskKey(index: number): string {
  return `child-${String.fromCharCode(97 + index)}`;
}

export function ehaTasks(children: readonly { personId: string; name: string }[]): EhaTask[] {
  return [
    { key: "consent", title: "Consent" },
    { key: "leadProfessional", title: "Lead professional" },
    ...children.map((c, i) => ({ key: ehaChildTaskKey(i), title: `Assessment of ${c.name}`, personId: c.personId })),
    { key: "parentsViews", title: "Parents’ and carers’ views" },
    { key: "analysis", title: "Analysis and desired outcomes" },
  ];
}

/** The task key of a saved section. */
export function ehaTaskKeyOf(section: EhaSection, childIds: readonly string[]): string {
  return section.section === "child" ? ehaChildTaskKey(childIds.indexOf(section.personId)) : section.section;
}

export const ehaTaskStatuses = ["not_started", "in_progress", "completed"] as const;
export type EhaTaskStatus = (typeof ehaTaskStatuses)[number];
export const ehaTaskStatusLabels: Record<EhaTaskStatus, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  completed: "Completed",
};

/** Completed once saved; in progress while only a draft of it exists. */
export function ehaTaskStatus(key: string, completed: readonly string[], drafted: readonly string[]): EhaTaskStatus {
  if (completed.includes(key)) return "completed";
  return drafted.includes(key) ? "in_progress" : "not_started";
}

/** The sections still to do before the assessment can be completed, as sentences. */
export function ehaIncompleteSections(tasks: readonly EhaTask[], completed: readonly string[]): string[] {
  return tasks.filter((t) => !completed.includes(t.key)).map((t) => `Complete the section ‘${t.title}’`);
}

/**
 * Consent allows the work that follows it, never work already done: consent dated after the day
 * the assessment started, or in the future, is refused.
 */
export function ehaConsentProblems(consent: { givenOn: IsoDate }, startedOn: IsoDate, today: IsoDate): string[] {
  if (consent.givenOn > today) return ["The date consent was given must be today or in the past"];
  if (consent.givenOn > startedOn) {
    return [
      `Consent must be given before the work it allows: this assessment started on ${formatDate(startedOn)}, so consent given on ${formatDate(consent.givenOn)} is too late. Record when the family first agreed, or start a new assessment`,
    ];
  }
  return [];
}

/** Withdrawn consent stops all sharing of the assessment, from the day it was withdrawn. */
export function ehaSharingAllowed(consent: { givenOn: IsoDate | null; withdrawnOn: IsoDate | null }, today: IsoDate): boolean {
  return !!consent.givenOn && consent.givenOn <= today && !(consent.withdrawnOn && consent.withdrawnOn <= today);
}

export const ehaDomainLabels: Record<AssessmentDomain, string> = Object.fromEntries(
  assessmentDomains.map((d) => [d, assessmentFramework[d].label]),
) as Record<AssessmentDomain, string>;

/** The area's assessments, optionally of one status (completed ones await a senior's sign-off). */
export const ehaListSchema = z.object({
  status: z.enum(earlyHelpAssessmentStatuses, { error: "Choose a status" }).optional(),
});
export type EhaList = z.infer<typeof ehaListSchema>;
