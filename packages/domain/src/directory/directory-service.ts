import { z } from "zod";
import { addMonths, isoDateSchema, type IsoDate } from "../calendar/iso-date";
import { formatDate } from "../calendar/uk-dates";
import { postcodeSchema } from "../centres/postcode";
import { minutesOfDay, timeOfDaySchema, weekdaySchema } from "../centres/time-of-day";
import { textSchema } from "../shared/text";

/**
 * The locality service directory (issue 15 §1): the support services LCSS knows of in each
 * locality, kept by LCSS staff so families and practitioners can find them. Each entry has an
 * owner who checks it is still right; an entry not reviewed for a while falls into their My work.
 */

/** Kinds of need a service meets: Hearth's own taxonomy, published with the Open Referral UK data. */
export const directoryNeeds = [
  "early_years",
  "parenting",
  "emotional_wellbeing",
  "special_educational_needs",
  "domestic_abuse",
  "money_and_housing",
  "health",
  "youth_activities",
  "education_and_work",
  "substance_misuse",
  "young_carers",
  "bereavement",
] as const;
export type DirectoryNeed = (typeof directoryNeeds)[number];
export const directoryNeedLabels: Record<DirectoryNeed, string> = {
  early_years: "Babies and young children",
  parenting: "Parenting support",
  emotional_wellbeing: "Emotional wellbeing and mental health",
  special_educational_needs: "Special educational needs and disabilities",
  domestic_abuse: "Domestic abuse",
  money_and_housing: "Money, food and housing",
  health: "Health",
  youth_activities: "Activities for young people",
  education_and_work: "Education, training and work",
  substance_misuse: "Drugs and alcohol",
  young_carers: "Young carers",
  bereavement: "Bereavement",
};

/** How a family reaches the service: on their own, or through a professional's referral. */
export const directoryAccessRoutes = ["self_referral", "professional_referral"] as const;
export type DirectoryAccessRoute = (typeof directoryAccessRoutes)[number];
export const directoryAccessRouteLabels: Record<DirectoryAccessRoute, string> = {
  self_referral: "Families can contact the service themselves",
  professional_referral: "A professional can refer the family",
};

/** An entry is due for review this many months after it was last reviewed, unless configured. */
export const defaultDirectoryReviewMonths = 6;

/** When the entry falls due for review. */
export function directoryReviewDue(lastReviewedOn: IsoDate, months: number = defaultDirectoryReviewMonths): IsoDate {
  return addMonths(lastReviewedOn, months);
}

/** A review happened on or before today; a date in the future is refused with a reason. */
export function directoryReviewDateProblem(on: IsoDate, today: IsoDate): string | null {
  return on > today ? `The date last reviewed must be today or in the past, not after ${formatDate(today)}` : null;
}

/** The oldest and youngest ages a service takes; 99 stands for "and over" (a service for parents). */
export const DIRECTORY_MAX_AGE = 99;

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const optionalText = (label: string, max: number, multiline = false) =>
  z.preprocess(blankToUndefined, textSchema({ label, max, multiline }).optional());
const age = (which: string) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v),
    z
      .number({ error: `Enter the ${which} age in years, from 0 to ${DIRECTORY_MAX_AGE}` })
      .int(`Enter the ${which} age in whole years`)
      .min(0, `Enter the ${which} age in years, from 0 to ${DIRECTORY_MAX_AGE}`)
      .max(DIRECTORY_MAX_AGE, `Enter the ${which} age in years, from 0 to ${DIRECTORY_MAX_AGE}`),
  );

export const directoryVenueSchema = z.object({
  name: textSchema({ label: "venue’s name", max: 120, min: 1 }),
  address: textSchema({ label: "venue’s address", max: 200, min: 1 }),
  postcode: postcodeSchema,
});
export type DirectoryVenue = z.infer<typeof directoryVenueSchema>;

export const directoryOpeningSchema = z
  .object({ day: weekdaySchema, opensAt: timeOfDaySchema, closesAt: timeOfDaySchema })
  .refine((o) => minutesOfDay(o.closesAt) > minutesOfDay(o.opensAt), {
    path: ["closesAt"],
    message: "The closing time must be after the opening time",
  });
export type DirectoryOpening = z.infer<typeof directoryOpeningSchema>;

/** A directory entry as LCSS staff write it. */
export const directoryServiceSchema = z
  .object({
    name: textSchema({ label: "service’s name", max: 120, min: 1 }),
    provider: textSchema({ label: "provider’s name", max: 120, min: 1, required: "Enter who provides the service" }),
    description: textSchema({ label: "description", max: 2000, min: 1, multiline: true, required: "Describe what the service offers" }),
    needs: z
      .array(z.enum(directoryNeeds, { error: "Choose a kind of need from the list" }))
      .min(1, "Choose at least one kind of need the service meets")
      .max(directoryNeeds.length),
    minimumAge: age("youngest"),
    maximumAge: age("oldest"),
    eligibility: optionalText("eligibility", 1000, true),
    cost: textSchema({ label: "cost", max: 200, min: 1, required: "Enter the cost, or Free" }),
    localityIds: z
      .array(z.uuid({ error: "Choose a locality from the list" }))
      .min(1, "Choose at least one locality the service covers")
      .max(40),
    venues: z.array(directoryVenueSchema).max(10, "List 10 venues or fewer").default([]),
    openings: z.array(directoryOpeningSchema).max(21, "List 21 opening times or fewer").default([]),
    timesNote: optionalText("note about days and times", 500, true),
    accessRoutes: z
      .array(z.enum(directoryAccessRoutes, { error: "Choose how families can use the service" }))
      .min(1, "Choose how families can use the service: by contacting it themselves, through a referral, or both")
      .max(directoryAccessRoutes.length),
    accessNote: optionalText("how to access", 1000, true),
    phone: z.preprocess(
      blankToUndefined,
      textSchema({ label: "phone number", max: 30 })
        .regex(/^[0-9 +()-]{6,30}$/, "Enter a phone number, like 01865 123456")
        .optional(),
    ),
    email: z.preprocess(blankToUndefined, z.email({ error: "Enter an email address, like name@example.com" }).max(200).optional()),
    website: z.preprocess(
      blankToUndefined,
      z
        .url({ protocol: /^https?$/, error: "Enter a website address starting https://" })
        .max(500)
        .optional(),
    ),
    lastReviewedOn: isoDateSchema,
    /** The member of staff who keeps the entry right; the person saving it when not chosen. */
    ownerStaffId: z.preprocess(blankToUndefined, z.uuid({ error: "Choose who keeps this entry up to date" }).optional()),
    active: z.boolean().default(true),
  })
  .superRefine((s, ctx) => {
    if (s.maximumAge < s.minimumAge)
      ctx.addIssue({ code: "custom", path: ["maximumAge"], message: "The oldest age must be the same as or more than the youngest age" });
    if (!s.phone && !s.email)
      ctx.addIssue({ code: "custom", path: ["phone"], message: "Enter a phone number or an email address so families can get in touch" });
    if (new Set(s.localityIds).size !== s.localityIds.length)
      ctx.addIssue({ code: "custom", path: ["localityIds"], message: "Choose each locality once" });
  });
export type DirectoryServiceInput = z.input<typeof directoryServiceSchema>;
export type DirectoryServiceCreate = z.infer<typeof directoryServiceSchema>;

export const directoryServiceIdSchema = z.object({ serviceId: z.uuid({ error: "Unknown service" }) });
export const directoryServiceUpdateSchema = z.intersection(directoryServiceIdSchema, directoryServiceSchema);
export type DirectoryServiceUpdate = z.infer<typeof directoryServiceUpdateSchema>;

/** The staff list: everything, or only the entries due for review. */
export const directoryListSchema = z.object({
  dueForReview: z.boolean().optional(),
  includeInactive: z.boolean().optional(),
});
export type DirectoryList = z.infer<typeof directoryListSchema>;
