import { z } from "zod";
import { isoDateSchema } from "../../calendar/iso-date";

/**
 * Starting the CIN census return: the data officer names the reference date, which must be a 31
 * March (the census year is the year it falls in). Anything else is refused beside the field.
 */
export const censusReturnStartSchema = z.object({
  referenceDate: isoDateSchema.refine((d) => d.slice(5) === "03-31", {
    message: "The census reference date is always 31 March: enter 31 March of the year the census ends",
  }),
});
export type CensusReturnStart = z.infer<typeof censusReturnStartSchema>;

export const censusYearOf = (referenceDate: string) => Number(referenceDate.slice(0, 4));

export const statutoryReturnStatuses = ["queued", "running", "completed", "failed"] as const;
export type StatutoryReturnStatus = (typeof statutoryReturnStatuses)[number];
