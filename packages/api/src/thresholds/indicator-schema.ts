import { z } from "zod";

/** An indicator as the catalogue pages show it: the stored row, retired ones with `active: false`. */
export const thresholdIndicatorRowSchema = z.object({
  id: z.string(),
  code: z.string(),
  domain: z.string(),
  area: z.string(),
  level: z.number().int(),
  wording: z.string(),
  active: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const indicatorIdSchema = z.uuid({ error: "Choose an indicator" });
