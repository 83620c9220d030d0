import { z } from "zod";
import { isoDateSchema } from "../calendar/iso-date";
import { normalisePostcode } from "../centres/postcode";
import { textSchema } from "../shared/text";
import { nhsNumberSchema, upnSchema } from "./identifiers";
import { optional } from "./person";

/** Kinds of other name a person may be searched by: a chosen name, or one they had before. */
export const otherNameKinds = ["known_as", "former"] as const;
export type OtherNameKind = (typeof otherNameKinds)[number];

const DISTRICT = /^[A-Z]{1,2}[0-9][0-9A-Z]?$/;

/** A whole postcode ("OX16 9QA") or just its district ("OX16"), upper-cased and spaced. */
export const postcodeOrDistrictSchema = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const full = normalisePostcode(value);
    if (full) return full;
    const district = value.replace(/\s+/g, "").toUpperCase();
    if (DISTRICT.test(district)) return district;
    ctx.addIssue({
      code: "custom",
      message: "Enter a full postcode, like OX4 6QB, or its first part, like OX4",
    });
    return z.NEVER;
  });

/** A whole number typed into a box: "7" is 7, "seven" gets a message saying what to type. */
const wholeNumber = (message: string, min: number, max: number) =>
  z.coerce.number({ error: message }).int(message).min(min, message).max(max, message);

const searchName = (label: string) => textSchema({ label, max: 100 }).min(2, `Enter at least 2 letters of the ${label}`);

/** Every criterion a worker may search people by; limit and area are not criteria. */
export const personSearchCriteria = [
  "name",
  "dateOfBirth",
  "yearOfBirth",
  "age",
  "postcode",
  "addressLine1",
  "nhsNumber",
  "upn",
  "personId",
] as const;
export type PersonSearchCriterion = (typeof personSearchCriteria)[number];

/**
 * One search with optional fields (issue 10): any mix of them, at least one. The name matches
 * first, last, known-as and former names, forgiving misspellings.
 */
export const personSearchSchema = z
  .object({
    name: optional(searchName("name")),
    dateOfBirth: optional(isoDateSchema),
    yearOfBirth: optional(wholeNumber("Enter the year of birth as 4 digits, like 2017", 1900, 2100)),
    age: optional(wholeNumber("Enter the age in whole years, like 7", 0, 120)),
    postcode: optional(postcodeOrDistrictSchema),
    addressLine1: optional(
      textSchema({ label: "first line of the address", max: 100 }).min(3, "Enter at least 3 characters of the first line of the address"),
    ),
    nhsNumber: optional(nhsNumberSchema),
    upn: optional(upnSchema),
    personId: optional(z.uuid({ error: "Enter the Hearth ID as it appears on the record, like 0b6e…-…" })),
    limit: z.number().int().min(1).max(100).default(25),
  })
  .refine((q) => personSearchCriteria.some((k) => q[k] !== undefined), {
    message: "Enter at least one thing to search by, like a name or date of birth",
    path: ["name"],
  });
export type PersonSearch = z.infer<typeof personSearchSchema>;

/** The criteria a search used, never their values: what goes in the audit trail. */
export function criteriaUsed(search: Partial<Record<PersonSearchCriterion, unknown>>): PersonSearchCriterion[] {
  return personSearchCriteria.filter((k) => search[k] !== undefined);
}

/** Finding a family directly: by its name or a member's name, and where it lives. */
export const familySearchSchema = z
  .object({
    name: optional(searchName("family or member’s name")),
    postcode: optional(postcodeOrDistrictSchema),
    limit: z.number().int().min(1).max(100).default(25),
  })
  .refine((q) => q.name !== undefined || q.postcode !== undefined, {
    message: "Enter a family or member’s name, or a postcode, to search",
    path: ["name"],
  });
export type FamilySearch = z.infer<typeof familySearchSchema>;
