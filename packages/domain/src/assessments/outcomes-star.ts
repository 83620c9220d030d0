import { z } from "zod";
import { isoDateSchema } from "../calendar/iso-date";
import { textSchema } from "../shared/text";

/**
 * Outcomes Star readings: each area of the chosen Star (the family, young person or parenting
 * versions have different areas) is placed on a 1–10 Journey of Change, higher further along.
 * Which areas a Star has is licensed material held as data by the council, so it comes in as a
 * definition rather than being written here.
 */
export const outcomesStarDefinitionSchema = z.object({
  name: textSchema({ label: "name of the Star", max: 80, min: 1 }),
  areas: z
    .array(textSchema({ label: "area’s name", max: 80, min: 1 }))
    .min(1, "A Star has at least one area")
    .max(16)
    .refine((areas) => new Set(areas).size === areas.length, "Each area can appear only once"),
});
export type OutcomesStarDefinition = z.infer<typeof outcomesStarDefinitionSchema>;

const areaScore = z
  .number({ error: "Score must be between 1 and 10" })
  .int("Score must be between 1 and 10")
  .min(1, "Score must be between 1 and 10")
  .max(10, "Score must be between 1 and 10");

export const outcomesStarReadingCreateSchema = z.object({
  personId: z.uuid({ error: "Unknown person" }),
  star: textSchema({ label: "Star", max: 80, min: 1, required: "Choose which Star was used" }),
  takenOn: isoDateSchema,
  scores: z.record(z.string(), areaScore),
});
export type OutcomesStarReadingCreate = z.infer<typeof outcomesStarReadingCreateSchema>;

/** Plain-English problems with a reading against its Star; empty when it fits. */
export function outcomesStarReadingProblems(
  reading: Pick<OutcomesStarReadingCreate, "star" | "scores">,
  definition: OutcomesStarDefinition,
): string[] {
  const problems: string[] = [];
  if (reading.star !== definition.name) problems.push(`This reading is for ${reading.star}, not ${definition.name}`);
  for (const area of outcomesStarUnscoredAreas(reading, definition)) problems.push(`Score the area ‘${area}’`);
  for (const area of Object.keys(reading.scores)) {
    if (!definition.areas.includes(area)) problems.push(`‘${area}’ is not an area of ${definition.name}`);
  }
  return problems;
}

/** The Star's areas the reading leaves without a score. */
export function outcomesStarUnscoredAreas(reading: Pick<OutcomesStarReadingCreate, "scores">, definition: OutcomesStarDefinition): string[] {
  return definition.areas.filter((area) => reading.scores[area] === undefined);
}

export function outcomesStarTotal(scores: Readonly<Record<string, number>>): number {
  return Object.values(scores).reduce((a, b) => a + b, 0);
}
