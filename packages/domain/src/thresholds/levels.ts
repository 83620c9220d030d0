import { z } from "zod";

/**
 * The local safeguarding partnership's four levels of need. Each level implies where the work
 * goes and which outcomes of a threshold decision fit it.
 */
export const thresholdLevelSchema = z
  .number({ error: "Level must be between 1 and 4" })
  .int("Level must be between 1 and 4")
  .min(1, "Level must be between 1 and 4")
  .max(4, "Level must be between 1 and 4");
export type ThresholdLevel = 1 | 2 | 3 | 4;
export const thresholdLevelValues: readonly ThresholdLevel[] = [1, 2, 3, 4];

export const thresholdOutcomes = ["advice", "signpost", "eha_taf", "fss_targeted_support", "social_care_referral"] as const;
export const thresholdOutcomeSchema = z.enum(thresholdOutcomes, {
  error: "Choose the outcome of the decision",
});
export type ThresholdOutcome = z.infer<typeof thresholdOutcomeSchema>;

export const thresholdOutcomeLabels: Record<ThresholdOutcome, string> = {
  advice: "Advice and guidance to the referrer",
  signpost: "Signpost to a universal or community service",
  eha_taf: "Early Help Assessment and Team Around the Family",
  fss_targeted_support: "Targeted support from the Family Support Service",
  social_care_referral: "Referral to children’s social care (MASH)",
};

export interface ThresholdLevelDescription {
  level: ThresholdLevel;
  name: string;
  meaning: string;
  routing: string;
  outcomes: readonly ThresholdOutcome[];
}

export const thresholdLevels: Record<ThresholdLevel, ThresholdLevelDescription> = {
  1: {
    level: 1,
    name: "Universal",
    meaning: "Needs are met by the services every child uses.",
    routing: "Stay with universal services (school, GP, health visitor); no referral is needed.",
    outcomes: ["advice", "signpost"],
  },
  2: {
    level: 2,
    name: "Additional",
    meaning: "Needs one agency, or universal services with extra help.",
    routing: "The agency that knows the family leads, with advice from the locality team (LCSS).",
    outcomes: ["advice", "signpost", "eha_taf"],
  },
  3: {
    level: 3,
    name: "Complex",
    meaning: "Needs several agencies working together.",
    routing: "Early Help Assessment and Team Around the Family, with targeted Family Support Service work where needed.",
    outcomes: ["eha_taf", "fss_targeted_support"],
  },
  4: {
    level: 4,
    name: "Acute or specialist",
    meaning: "The child is, or may be, suffering significant harm, or needs specialist services.",
    routing: "Refer to children’s social care through the MASH now: a section 17 assessment or section 47 enquiry.",
    outcomes: ["social_care_referral"],
  },
};

export function isThresholdLevel(value: number): value is ThresholdLevel {
  return value === 1 || value === 2 || value === 3 || value === 4;
}
