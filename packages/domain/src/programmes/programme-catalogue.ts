import { z } from "zod";
import { thresholdLevelSchema, type ThresholdLevel } from "../thresholds/levels";
import { textSchema } from "../shared/text";

/**
 * Evidence-based group programmes FSS can offer. The evidence rating follows the Foundations
 * (formerly Early Intervention Foundation) guidebook scale: 2 preliminary, 3 moderate, 4 strong
 * evidence, with "+" where the evidence is stronger than the level's minimum.
 */
export const programmeCategories = [
  "parenting",
  "domestic_abuse_recovery",
  "early_attachment",
  "school_readiness",
  "employment_training",
  "emotional_wellbeing",
] as const;
export const programmeCategoryLabels: Record<(typeof programmeCategories)[number], string> = {
  parenting: "Parenting",
  domestic_abuse_recovery: "Domestic abuse recovery",
  early_attachment: "Early attachment",
  school_readiness: "School readiness",
  employment_training: "Employment and training",
  emotional_wellbeing: "Emotional wellbeing",
};
export const programmeCategorySchema = z.enum(programmeCategories, {
  error: "Choose the kind of programme",
});

export const evidenceRatings = ["not_rated", "2", "2+", "3", "3+", "4", "4+"] as const;
export const evidenceRatingSchema = z.enum(evidenceRatings, {
  error: "Choose an evidence rating from 2 to 4+, or not rated",
});
export type EvidenceRating = z.infer<typeof evidenceRatingSchema>;

/** FSS runs only programmes with at least moderate evidence; a council can set its own bar. */
export const DEFAULT_MINIMUM_EVIDENCE: EvidenceRating = "3";

export function meetsEvidenceBar(rating: EvidenceRating, minimum: EvidenceRating = DEFAULT_MINIMUM_EVIDENCE): boolean {
  return rating !== "not_rated" && evidenceRatings.indexOf(rating) >= evidenceRatings.indexOf(minimum);
}

/** The outcome measures a programme uses before and after, as the measurement forms name them. */
export const outcomeMeasureKinds = ["sdq", "wemwbs", "outcomes_star"] as const;
export const outcomeMeasureKindSchema = z.enum(outcomeMeasureKinds, { error: "Choose SDQ, WEMWBS or the Outcomes Star" });
export type OutcomeMeasureKind = z.infer<typeof outcomeMeasureKindSchema>;
export const outcomeMeasureLabels: Record<OutcomeMeasureKind, string> = {
  sdq: "Strengths and Difficulties Questionnaire (SDQ)",
  wemwbs: "Warwick-Edinburgh Mental Wellbeing Scale (WEMWBS)",
  outcomes_star: "Outcomes Star",
};

export const programmeCreateSchema = z
  .object({
    name: textSchema({ label: "programme’s name", max: 120, min: 1 }),
    category: programmeCategorySchema,
    evidenceRating: evidenceRatingSchema,
    /** The child's age at the start of a run, in whole years, inclusive. */
    childAgeFrom: z.number().int().min(0, "Ages run from 0 to 25").max(25, "Ages run from 0 to 25"),
    childAgeTo: z.number().int().min(0, "Ages run from 0 to 25").max(25, "Ages run from 0 to 25"),
    levelsOfNeed: z
      .array(thresholdLevelSchema)
      .min(1, "Choose the levels of need the programme serves")
      .refine((l) => new Set(l).size === l.length, "Each level can be chosen only once"),
    numberOfSessions: z.number().int().min(1, "A programme has at least one session").max(52, "A programme has at most 52 sessions"),
    /** The share of sessions a family must attend to have completed, e.g. 0.75. */
    completionShare: z
      .number({ error: "Completion share must be between 0 and 1, like 0.75" })
      .gt(0, "Completion share must be between 0 and 1, like 0.75")
      .max(1, "Completion share must be between 0 and 1, like 0.75"),
    description: textSchema({ label: "description", max: 2000, multiline: true }).optional(),
    /** Who the programme is for, in the council's words ("parents of children with behaviour that challenges"). */
    targetGroup: textSchema({ label: "target group", max: 200 }).optional(),
    outcomeMeasures: z
      .array(outcomeMeasureKindSchema)
      .max(3)
      .refine((m) => new Set(m).size === m.length, "Each measure can be chosen only once")
      .default([]),
  })
  .superRefine((p, ctx) => {
    if (p.childAgeTo < p.childAgeFrom)
      ctx.addIssue({
        code: "custom",
        path: ["childAgeTo"],
        message: "The oldest age must not be below the youngest",
      });
  });
export type ProgrammeCreate = z.infer<typeof programmeCreateSchema>;
/** A programme as typed or seeded, before the schema fills in defaults (no outcome measures yet). */
export type ProgrammeInput = z.input<typeof programmeCreateSchema>;
export type Programme = ProgrammeCreate & { levelsOfNeed: ThresholdLevel[] };

/** Sessions a family must attend to complete: the share of the total, rounded up. */
export function sessionsNeededToComplete(programme: Pick<Programme, "numberOfSessions" | "completionShare">): number {
  // Rounding up with a small tolerance so 0.7 × 10 is 7, not 8 from floating-point error.
  return Math.ceil(programme.numberOfSessions * programme.completionShare - 1e-9);
}
