import { z } from "zod";
import { addDays, isoDateSchema, type IsoDate } from "../calendar/iso-date";
import { postcodeSchema } from "../centres/postcode";
import { disabilitiesSchema, ethnicitySchema, sexSchema, upnUnknownReasonSchema } from "./census-code-sets";
import { nhsNumberSchema, upnSchema } from "./identifiers";
import { textSchema } from "../shared/text";

/**
 * The fuller record of a person than personCreateSchema: a child (including a young person up to
 * 25 and an unborn baby) or an adult in the family. Born children have a date of birth; unborn
 * ones an expected date of birth, never both, as the census requires.
 */
export const personKinds = ["child", "adult"] as const;
export const personKindSchema = z.enum(personKinds, {
  error: "Choose whether this is a child or an adult",
});
export type PersonKind = z.infer<typeof personKindSchema>;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

const name = (what: string) => textSchema({ label: what, max: 100, min: 1 });

/** How long after the expected date an unborn baby's record can go before the birth must be recorded. */
export const UNBORN_OVERDUE_DAYS = 28;
/** A pregnancy lasts at most about 42 weeks, so an expected date further ahead is a typing error. */
export const UNBORN_FURTHEST_AHEAD_DAYS = 42 * 7;

const personDetailsObject = z.object({
  kind: personKindSchema,
  // An unborn baby often has no first name yet.
  firstName: optional(name("first name")),
  lastName: name("last name"),
  dateOfBirth: optional(isoDateSchema),
  expectedDateOfBirth: optional(isoDateSchema),
  dateOfDeath: optional(isoDateSchema),
  sex: optional(sexSchema),
  ethnicity: optional(ethnicitySchema),
  disabilities: disabilitiesSchema.default([]),
  hasSend: z.boolean({ error: "Say whether the child has special educational needs or disabilities" }).default(false),
  hasEhcPlan: z.boolean({ error: "Say whether the child has an EHC plan" }).default(false),
  isCareLeaver: z.boolean({ error: "Say whether the young person is a care leaver" }).default(false),
  nhsNumber: optional(nhsNumberSchema),
  upn: optional(upnSchema),
  upnUnknownReason: optional(upnUnknownReasonSchema),
  postcode: optional(postcodeSchema),
});

type PersonDetailsShape = z.infer<typeof personDetailsObject>;

function personDetailsProblems(p: PersonDetailsShape): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const unborn = p.dateOfBirth === undefined;
  if (p.dateOfBirth && p.expectedDateOfBirth) {
    problems.push({
      path: "expectedDateOfBirth",
      message: "Enter a date of birth or an expected date of birth, not both",
    });
  }
  if (!p.dateOfBirth && !p.expectedDateOfBirth) {
    problems.push({
      path: "dateOfBirth",
      message: p.kind === "adult" ? "Enter the date of birth" : "Enter the date of birth, or the expected date of birth for an unborn baby",
    });
  }
  if (p.kind === "adult" && p.expectedDateOfBirth) {
    problems.push({
      path: "expectedDateOfBirth",
      message: "Only an unborn child can have an expected date of birth",
    });
  }
  if (!p.firstName && !(p.kind === "child" && unborn)) {
    problems.push({ path: "firstName", message: "Enter the first name" });
  }
  if (p.dateOfDeath && p.dateOfBirth && p.dateOfDeath < p.dateOfBirth) {
    problems.push({
      path: "dateOfDeath",
      message: "Date of death must be on or after the date of birth",
    });
  }
  if (p.dateOfDeath && unborn) {
    problems.push({
      path: "dateOfDeath",
      message: "Record the date of birth before a date of death",
    });
  }
  if (p.hasEhcPlan && !p.hasSend) {
    problems.push({
      path: "hasSend",
      message: "A young person with an EHC plan has SEND: tick SEND as well",
    });
  }
  if (p.kind === "adult" && (p.hasEhcPlan || p.upn || p.upnUnknownReason)) {
    problems.push({
      path: "kind",
      message: "EHC plans and pupil numbers are recorded for children and young people only",
    });
  }
  if (p.upn && p.upnUnknownReason) {
    problems.push({
      path: "upnUnknownReason",
      message: "Give a UPN or the reason it is not known, not both",
    });
  }
  return problems;
}

export const personDetailsCreateSchema = personDetailsObject.superRefine((p, ctx) => {
  for (const problem of personDetailsProblems(p)) ctx.addIssue({ code: "custom", path: [problem.path], message: problem.message });
});
export type PersonDetailsCreate = z.infer<typeof personDetailsCreateSchema>;

/**
 * The same schema with the checks that need today's date: nobody is born or dies in the future,
 * and an unborn baby's expected date is near enough to be real.
 */
export function personDetailsCreateSchemaOn(today: IsoDate) {
  return personDetailsCreateSchema.superRefine((p, ctx) => {
    if (p.dateOfBirth && p.dateOfBirth > today) {
      ctx.addIssue({
        code: "custom",
        path: ["dateOfBirth"],
        message: "Date of birth must be today or in the past",
      });
    }
    if (p.dateOfDeath && p.dateOfDeath > today) {
      ctx.addIssue({
        code: "custom",
        path: ["dateOfDeath"],
        message: "Date of death must be today or in the past",
      });
    }
    if (p.expectedDateOfBirth && p.expectedDateOfBirth > addDays(today, UNBORN_FURTHEST_AHEAD_DAYS)) {
      ctx.addIssue({
        code: "custom",
        path: ["expectedDateOfBirth"],
        message: "Expected date of birth must be within the next 42 weeks",
      });
    }
    if (p.expectedDateOfBirth && p.expectedDateOfBirth < addDays(today, -UNBORN_OVERDUE_DAYS)) {
      ctx.addIssue({
        code: "custom",
        path: ["expectedDateOfBirth"],
        message: "The expected date of birth was more than 4 weeks ago: record the baby’s date of birth instead",
      });
    }
  });
}

export function isUnborn(person: { dateOfBirth?: IsoDate | null }): boolean {
  return !person.dateOfBirth;
}
