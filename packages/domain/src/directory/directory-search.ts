import { z } from "zod";
import { normalisePostcode, postcodeDistrict } from "../centres/postcode";
import { directoryNeeds } from "./directory-service";

const DISTRICT = /^[A-Z]{1,2}[0-9][0-9A-Z]?$/;

/** "ox4 6qb" or "OX4" → "OX4"; null when it is neither a full postcode nor a district. */
export function districtOfTyped(typed: string): string | null {
  const spaced = typed.trim().replace(/\s+/g, " ").toUpperCase();
  const full = normalisePostcode(spaced);
  if (full) return postcodeDistrict(full);
  return DISTRICT.test(spaced) ? spaced : null;
}

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/**
 * "Find support near you": a family's search, without an account. Everything is optional; the
 * postcode is only ever used for its district (the locality), never stored or logged.
 */
export const directorySearchSchema = z.object({
  postcode: z.preprocess(
    blankToUndefined,
    z
      .string()
      .max(10, "Enter a full postcode, like OX4 6QB, or the first part, like OX4")
      .refine((v) => districtOfTyped(v) !== null, "Enter a full postcode, like OX4 6QB, or the first part, like OX4")
      .optional(),
  ),
  localityId: z.preprocess(blankToUndefined, z.uuid({ error: "Choose a locality from the list" }).optional()),
  need: z.preprocess(blankToUndefined, z.enum(directoryNeeds, { error: "Choose a kind of support from the list" }).optional()),
  age: z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v)) : v),
    z
      .number({ error: "Enter an age in years, like 3" })
      .int("Enter an age in whole years, like 3")
      .min(0, "Enter an age in years, like 3")
      .max(99, "Enter an age in years, like 3")
      .optional(),
  ),
});
export type DirectorySearch = z.infer<typeof directorySearchSchema>;
