import { z } from "zod";
import { isoDateSchema } from "../calendar/iso-date";

/**
 * Warwick-Edinburgh Mental Wellbeing Scale: 14 positively worded statements each scored 1 (none of
 * the time) to 5 (all of the time), total 14–70, higher is better. There is no published scoring
 * for missing items, so all 14 are required.
 */
export const WEMWBS_ITEM_COUNT = 14;

/**
 * The scale's authors describe a change of 3 points or more in an individual's score as
 * meaningful; smaller changes are within the noise of answering on different days.
 */
export const WEMWBS_MEANINGFUL_CHANGE = 3;

const item = z
  .number({ error: "Score must be between 1 and 5" })
  .int("Score must be between 1 and 5")
  .min(1, "Score must be between 1 and 5")
  .max(5, "Score must be between 1 and 5");

export const wemwbsMeasurementCreateSchema = z.object({
  personId: z.uuid({ error: "Unknown person" }),
  takenOn: isoDateSchema,
  answers: z.array(item).length(WEMWBS_ITEM_COUNT, "WEMWBS has 14 statements: answer all 14"),
});
export type WemwbsMeasurementCreate = z.infer<typeof wemwbsMeasurementCreateSchema>;

export function scoreWemwbs(answers: readonly number[]): number {
  if (answers.length !== WEMWBS_ITEM_COUNT || answers.some((a) => !Number.isInteger(a) || a < 1 || a > 5)) {
    throw new RangeError("WEMWBS needs 14 answers scored 1 to 5");
  }
  return answers.reduce((a, b) => a + b, 0);
}
