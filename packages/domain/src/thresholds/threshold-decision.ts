import { z } from "zod";
import { isoDateSchema } from "../calendar/iso-date";
import type { AssessmentDomain } from "../assessments/assessment-framework";
import { indicatorsByCode, type ThresholdIndicator } from "./indicator-catalogue";
import {
  thresholdLevels,
  thresholdLevelSchema,
  thresholdOutcomeLabels,
  thresholdOutcomeSchema,
  type ThresholdLevel,
  type ThresholdOutcome,
} from "./levels";
import { textSchema } from "../shared/text";

export const consultationConsentBases = ["named_with_consent", "no_names"] as const;

export const thresholdDecisionCreateSchema = z.object({
  consultationId: z.uuid().optional(),
  /** Empty for a no-names consultation, where the family has not agreed to be identified. */
  childIds: z
    .array(z.uuid({ error: "Unknown child" }))
    .max(12)
    .default([]),
  consent: z.enum(consultationConsentBases, { error: "Say whether the family agreed to be named" }),
  decidedByStaffId: z.uuid({ error: "Unknown member of staff" }),
  decidedOn: isoDateSchema,
  indicatorCodes: z
    .array(z.string().trim().toUpperCase().max(24, "Choose indicators from the catalogue"))
    .max(60)
    .refine((codes) => new Set(codes).size === codes.length, "Each indicator can be chosen only once"),
  protectiveFactors: z
    .array(textSchema({ label: "protective factor", max: 500, min: 1, multiline: true }))
    .max(20)
    .default([]),
  level: thresholdLevelSchema,
  rationale: textSchema({ label: "rationale", max: 5000, multiline: true }).optional(),
  outcome: thresholdOutcomeSchema,
  feedbackToReferrer: z
    .object({
      sentOn: isoDateSchema,
      method: z.enum(["phone", "email", "letter", "in_person"]),
      summary: textSchema({ label: "summary", max: 2000, multiline: true }).optional(),
    })
    .optional(),
});
export type ThresholdDecisionCreate = z.infer<typeof thresholdDecisionCreateSchema>;

/**
 * The suggested level, a starting point for the practitioner's judgement, never a replacement:
 *  1. No indicators chosen: level 1.
 *  2. Otherwise start from the highest level among the indicators chosen.
 *  3. A level 4 indicator always suggests level 4; protective factors never lower it, because a
 *     child at risk of significant harm goes to children's social care whatever else is true.
 *  4. Combination raises it: three or more indicators at one level, from at least two of the three
 *     domains, suggest the level above that one (needs spread across a family's life are harder to
 *     meet than the same number in one area). Never above 4.
 *  5. Protective factors lower it: at least two protective factors lower the suggestion by one
 *     when it rests on a single indicator at level 2 or 3 (a single concern with a strong network
 *     around the child), but never below what a combination suggests.
 * So choosing another indicator never lowers the suggestion, and adding a protective factor
 * never raises it; the tests hold the rule to both.
 */
export function suggestThresholdLevel(
  indicators: readonly Pick<ThresholdIndicator, "level" | "domain">[],
  protectiveFactorCount: number,
): ThresholdLevel {
  if (indicators.length === 0) return 1;
  const highest = Math.max(...indicators.map((i) => i.level)) as ThresholdLevel;
  if (highest === 4) return 4;
  let combination = 0;
  for (const level of [1, 2, 3] as const) {
    const atLevel = indicators.filter((i) => i.level === level);
    const domains = new Set<AssessmentDomain>(atLevel.map((i) => i.domain));
    if (atLevel.length >= 3 && domains.size >= 2) combination = level + 1;
  }
  const single = indicators.filter((i) => i.level === highest).length === 1;
  const lowered = protectiveFactorCount >= 2 && highest >= 2 && single ? highest - 1 : highest;
  return Math.max(lowered, combination) as ThresholdLevel;
}

export interface ThresholdDecisionEvaluation {
  suggestedLevel: ThresholdLevel;
  routing: string;
  problems: { path: (string | number)[]; message: string }[];
  /** Why a senior practitioner must confirm the decision; empty when they need not. */
  seniorConfirmationReasons: string[];
}

function outcomeProblem(d: ThresholdDecisionCreate): string | null {
  const consentNeeded: ThresholdOutcome[] = ["eha_taf", "fss_targeted_support"];
  if (d.consent === "no_names" && consentNeeded.includes(d.outcome)) {
    return "An Early Help Assessment or FSS support needs the family’s consent: a no-names consultation can lead only to advice, signposting or a social care referral";
  }
  const allowed = thresholdLevels[d.level as ThresholdLevel].outcomes;
  // Without consent, level 3 work cannot start; the referrer is advised how to seek it.
  const noNamesAdvice = d.level === 3 && d.consent === "no_names" && d.outcome === "advice";
  if (!allowed.includes(d.outcome) && !noNamesAdvice) {
    return `At level ${d.level} the outcome must be: ${allowed.map((o) => thresholdOutcomeLabels[o]).join("; or ")}`;
  }
  return null;
}

export function evaluateThresholdDecision(d: ThresholdDecisionCreate, catalogue: readonly ThresholdIndicator[]): ThresholdDecisionEvaluation {
  const byCode = indicatorsByCode(catalogue);
  const problems: ThresholdDecisionEvaluation["problems"] = [];
  const chosen: ThresholdIndicator[] = [];
  d.indicatorCodes.forEach((code, i) => {
    const indicator = byCode.get(code);
    if (!indicator)
      problems.push({
        path: ["indicatorCodes", i],
        message: `There is no indicator ${code} in the catalogue`,
      });
    else if (!indicator.active)
      problems.push({
        path: ["indicatorCodes", i],
        message: `Indicator ${code} is no longer in use`,
      });
    else chosen.push(indicator);
  });
  const suggestedLevel = suggestThresholdLevel(chosen, d.protectiveFactors.length);
  if (d.level !== suggestedLevel && !d.rationale) {
    problems.push({
      path: ["rationale"],
      message: `Explain why the level is ${d.level} when the indicators suggest level ${suggestedLevel}`,
    });
  }
  const outcome = outcomeProblem(d);
  if (outcome) problems.push({ path: ["outcome"], message: outcome });
  if (d.consent === "no_names" && d.childIds.length > 0) {
    problems.push({
      path: ["childIds"],
      message: "A no-names consultation must not record who the child is",
    });
  }
  if (d.consent === "named_with_consent" && d.childIds.length === 0) {
    problems.push({
      path: ["childIds"],
      message: "Choose the child or children the decision is about",
    });
  }

  const seniorConfirmationReasons: string[] = [];
  if (d.level < suggestedLevel) seniorConfirmationReasons.push(`The level decided is lower than the suggested level ${suggestedLevel}`);
  // The referral to MASH is made at once; the senior practitioner confirms it afterwards, never first.
  if (d.level === 4) seniorConfirmationReasons.push("Level 4 decisions are confirmed by a senior practitioner");
  if (d.consent === "no_names" && d.level >= 3) {
    seniorConfirmationReasons.push("A no-names consultation at level 3 or above needs a senior practitioner’s view");
  }
  return {
    suggestedLevel,
    routing: thresholdLevels[d.level as ThresholdLevel].routing,
    problems,
    seniorConfirmationReasons,
  };
}

/** The create schema plus the checks that need the catalogue, for forms and the API alike. */
export function thresholdDecisionCreateSchemaFor(catalogue: readonly ThresholdIndicator[]) {
  return thresholdDecisionCreateSchema.superRefine((d, ctx) => {
    for (const p of evaluateThresholdDecision(d, catalogue).problems) ctx.addIssue({ code: "custom", path: p.path, message: p.message });
  });
}
