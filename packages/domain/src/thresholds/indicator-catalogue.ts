import { z } from "zod";
import { assessmentAreaSchema, assessmentDomainSchema, isAreaOfDomain } from "../assessments/assessment-framework";
import { thresholdLevelSchema, type ThresholdLevel } from "./levels";
import { textSchema } from "../shared/text";

/**
 * Indicators of need, grouped like the Assessment Framework, each pitched at one level. The
 * catalogue is data an administrator edits; indicators are retired (active: false) rather than
 * deleted so past decisions still show the wording that was chosen.
 */
export const thresholdIndicatorSchema = z
  .object({
    code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9-]{2,24}$/, "An indicator code uses letters, numbers and dashes, like CD-HLT-2"),
    domain: assessmentDomainSchema,
    area: assessmentAreaSchema,
    level: thresholdLevelSchema,
    wording: textSchema({ label: "wording", max: 400 }).min(10, "Describe the indicator in a sentence"),
    active: z.boolean().default(true),
  })
  .refine((i) => isAreaOfDomain(i.domain, i.area), {
    message: "This area belongs to a different domain",
    path: ["area"],
  });
export type ThresholdIndicatorCreate = z.infer<typeof thresholdIndicatorSchema>;
export type ThresholdIndicator = ThresholdIndicatorCreate & { level: ThresholdLevel };

export const indicatorCatalogueSchema = z.array(thresholdIndicatorSchema).superRefine((indicators, ctx) => {
  const seen = new Set<string>();
  indicators.forEach((indicator, index) => {
    if (seen.has(indicator.code)) {
      ctx.addIssue({
        code: "custom",
        path: [index, "code"],
        message: `The code ${indicator.code} is used twice`,
      });
    }
    seen.add(indicator.code);
  });
});

export function indicatorsByCode(catalogue: readonly ThresholdIndicator[]): Map<string, ThresholdIndicator> {
  return new Map(catalogue.map((i) => [i.code, i]));
}
