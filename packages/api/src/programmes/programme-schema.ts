import { z } from "zod";

/** A programme as the catalogue pages show it: the stored row, retired ones with `active: false`. */
export const programmeRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  category: z.string(),
  evidenceRating: z.string(),
  childAgeFrom: z.number().int(),
  childAgeTo: z.number().int(),
  levelsOfNeed: z.array(z.number().int()),
  numberOfSessions: z.number().int(),
  completionShare: z.number(),
  description: z.string().nullable(),
  targetGroup: z.string().nullable(),
  outcomeMeasures: z.array(z.string()),
  active: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
