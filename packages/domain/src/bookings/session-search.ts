import { z } from "zod";
import { isoDateSchema } from "../calendar/iso-date";

/** The longest stretch one search covers: enough to plan a month, small enough to stay fast. */
export const MAX_SEARCH_DAYS = 62;

/**
 * Finding sessions. The child's age is asked in whole years, not a date of birth, because search
 * terms travel in the address bar; the exact check against the date of birth happens on booking.
 */
export const sessionSearchSchema = z
  .object({
    centreId: z.uuid({ error: "Choose a centre" }).optional(),
    town: z.preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
      z.string().trim().min(2, "Enter at least 2 letters of the town").max(60, "Enter a town of 60 characters or fewer").optional(),
    ),
    /** Defaults to today. */
    from: isoDateSchema.optional(),
    /** Defaults to two weeks after `from`. */
    to: isoDateSchema.optional(),
    childAgeYears: z
      .number({ error: "Enter the child’s age in years, like 3" })
      .int("Enter the child’s age in whole years")
      .min(0, "Enter the child’s age in years, like 3")
      .max(25, "Sessions are for children and young people up to 25")
      .optional(),
    sessionTypeId: z.uuid({ error: "Choose a type of session" }).optional(),
    limit: z.number().int().min(1).max(200).default(100),
  })
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.to < q.from) ctx.addIssue({ code: "custom", path: ["to"], message: "The end date must be on or after the start date" });
  });
export type SessionSearch = z.infer<typeof sessionSearchSchema>;
