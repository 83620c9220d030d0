import { z } from "zod";
import { scoreSdq, sdqMeasurementCreateSchema, sdqSubscales, type SdqSubscale } from "../assessments/sdq";
import { wemwbsMeasurementCreateSchema } from "../assessments/wemwbs";
import {
  outcomesStarReadingCreateSchema,
  outcomesStarReadingProblems,
  outcomesStarUnscoredAreas,
  type OutcomesStarDefinition,
} from "../assessments/outcomes-star";
import { measurementPointSchema } from "./outcome-timing";

/**
 * The Family Star Plus's ten areas, by their published titles. Only the titles: the Journey of
 * Change descriptions for each score are Triangle's licensed material and stay on the paper Star.
 */
export const familyStarPlus: OutcomesStarDefinition = {
  name: "Family Star Plus",
  areas: [
    "Physical health",
    "Your well-being",
    "Meeting emotional needs",
    "Keeping your children safe",
    "Social networks",
    "Education and learning",
    "Boundaries and behaviour",
    "Family routine",
    "Home and money",
    "Progress to work",
  ],
};
export const outcomesStars: readonly OutcomesStarDefinition[] = [familyStarPlus];

const timing = { point: measurementPointSchema, enrolmentId: z.uuid({ error: "Unknown enrolment" }).optional() };

/**
 * One measure entered item by item, for a person, at a point. An SDQ with a subscale too blank to
 * score is refused as half-filled: the published scoring would give it no total, so no change.
 */
export const outcomeMeasurementRecordSchema = z.discriminatedUnion("measure", [
  sdqMeasurementCreateSchema.extend({ measure: z.literal("sdq"), ...timing }).superRefine((m, ctx) => {
    const scores = scoreSdq(m);
    for (const [subscale, score] of Object.entries(scores.subscales) as [SdqSubscale, number | null][]) {
      if (score !== null) continue;
      const firstBlank = sdqSubscales[subscale].find((item) => m.answers[item - 1] === null)!;
      ctx.addIssue({
        code: "custom",
        path: ["answers", firstBlank - 1],
        message: "Answer at least 3 of the 5 items on each scale: this SDQ is half-filled",
      });
    }
  }),
  wemwbsMeasurementCreateSchema.extend({ measure: z.literal("wemwbs"), ...timing }),
  outcomesStarReadingCreateSchema.extend({ measure: z.literal("outcomes_star"), ...timing }).superRefine((r, ctx) => {
    const definition = outcomesStars.find((s) => s.name === r.star);
    if (!definition) return ctx.addIssue({ code: "custom", path: ["star"], message: "Choose which Star was used" });
    // An unscored area is named beside its own item on the form; other problems concern the whole reading.
    const unscored = outcomesStarUnscoredAreas(r, definition);
    for (const area of unscored) ctx.addIssue({ code: "custom", path: ["scores", area], message: `Score the area ‘${area}’` });
    if (!unscored.length)
      for (const problem of outcomesStarReadingProblems(r, definition)) ctx.addIssue({ code: "custom", path: ["scores"], message: problem });
  }),
]);
export type OutcomeMeasurementRecord = z.infer<typeof outcomeMeasurementRecordSchema>;

export const personOutcomesSchema = z.object({ personId: z.uuid({ error: "Unknown person" }) });
