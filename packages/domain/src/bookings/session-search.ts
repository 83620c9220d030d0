import { z } from "zod";
import { isoDateSchema } from "../calendar/iso-date";
import { normalisePostcode, postcodeDistrict } from "../centres/postcode";
import { textSchema } from "../shared/text";

/** The longest stretch one search covers: enough to plan a month, small enough to stay fast. */
export const MAX_SEARCH_DAYS = 62;

/**
 * Finding sessions. The child's age is asked in whole years, not a date of birth, because search
 * terms travel in the address bar; the exact check against the date of birth happens on booking.
 */
export const sessionSearchSchema = z
  .object({
    centreId: z.uuid({ error: "Choose a centre" }).optional(),
    /** A town, a place, a centre's name or a postcode (full or district), partly typed, any case. */
    town: z.preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
      textSchema({ label: "town, place or postcode", max: 60 })
        .min(2, "Enter at least 2 letters of a town, place or postcode")
        .refine((v) => placeSearchOf(v).words.length > 0, "Enter a town, place or postcode, like Banbury or OX4")
        .optional(),
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

/** What a place search looks for; the database matches it against centres and localities. */
export interface PlaceSearch {
  /** The letters and numbers typed, in order, without the spaces and punctuation between them. */
  words: string[];
  /** "OX4" when a full postcode ("ox4 6qb") or a district ("OX4", "ox4 6") was typed. */
  postcodeDistrict: string | null;
}

const DISTRICT = /^[A-Z]{1,2}[0-9][0-9A-Z]?$/;
// A postcode typed as far as the space and part of the inward code: "OX4 6", "OX4 6Q".
const PARTIAL_POSTCODE = /^([A-Z]{1,2}[0-9][0-9A-Z]?) [0-9][A-Z]{0,2}$/;

/**
 * How a family's typed place is searched. Words are matched anywhere, whatever their case or the
 * punctuation between them ("blackbird leys", "Blackbird-Leys", "oxf"); a postcode or district is
 * also looked up among the districts centres serve, because no centre's name contains "OX4".
 */
export function placeSearchOf(typed: string): PlaceSearch {
  const words = typed.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const spaced = typed.trim().replace(/\s+/g, " ").toUpperCase();
  const full = normalisePostcode(spaced);
  const district = full ? postcodeDistrict(full) : DISTRICT.test(spaced) ? spaced : (PARTIAL_POSTCODE.exec(spaced)?.[1] ?? null);
  return { words, postcodeDistrict: district };
}
