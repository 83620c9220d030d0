import { z } from "zod";
import { isoDateSchema } from "../calendar/iso-date";
import { postcodeSchema } from "../centres/postcode";
import { nhsNumberSchema, upnSchema } from "./identifiers";
import { textSchema } from "../shared/text";
import { someChangeIn } from "../shared/changes";

// An ISO calendar date (yyyy-mm-dd), the form every date travels in between screens and server.
export { isoDateSchema };

export const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());

const name = (what: string) => textSchema({ label: what, max: 100, min: 1 });

export const personFieldsSchema = z.object({
  firstName: name("first name"),
  lastName: name("last name"),
  dateOfBirth: isoDateSchema,
  nhsNumber: optional(nhsNumberSchema),
  upn: optional(upnSchema),
  postcode: optional(postcodeSchema),
});

/**
 * The area to own a record whose postcode is not in the county (ADR 8). County-wide staff must
 * choose one; everyone else may leave it, and their own area owns the record.
 */
export const ownerAreaChoiceSchema = optional(z.uuid({ error: "Choose an area" }));

export const personCreateSchema = personFieldsSchema.extend({
  areaId: ownerAreaChoiceSchema,
  /** Set after staff have seen the likely matches and decided this is a different person. */
  confirmedNotDuplicate: z.boolean().default(false),
});
export type PersonCreate = z.infer<typeof personCreateSchema>;

export const personUpdateSchema = z.object({
  personId: z.uuid({ error: "Unknown person" }),
  changes: personFieldsSchema.partial().superRefine(someChangeIn()),
});
export type PersonUpdate = z.infer<typeof personUpdateSchema>;

/** A born person's date of birth cannot be after today. Returns the message, or null when fine. */
export function dateOfBirthProblem(dateOfBirth: string, today: string): string | null {
  return dateOfBirth > today ? "Date of birth must be today or in the past" : null;
}

/**
 * Whole years between a date of birth and a date. Someone born on 29 February has their birthday
 * on 1 March in other years (the day after 28 February), so they stay the younger age a day longer.
 */
export function ageInYears(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = dateOfBirth.split("-").map(Number) as [number, number, number];
  const [y, m, d] = on.split("-").map(Number) as [number, number, number];
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}
