import { z } from "zod";
import { isoDateSchema } from "../calendar/iso-date";
import { activityNeedsSixteen, isNeetActivityCode, neetActivityGroup, neetActivityOptions } from "./activity-codes";
import { sixteenthBirthday } from "./academic-age";

/** Where the EET officer learnt of the activity: the NCCIS "source" of a confirmation. */
export const neetActivitySources = [
  "young_person",
  "parent_or_carer",
  "school",
  "college_or_provider",
  "employer",
  "careers_adviser",
  "other_council",
  "data_match",
] as const;
export type NeetActivitySource = (typeof neetActivitySources)[number];
export const neetActivitySourceLabels: Record<NeetActivitySource, string> = {
  young_person: "The young person",
  parent_or_carer: "Parent or carer",
  school: "School",
  college_or_provider: "College or training provider",
  employer: "Employer",
  careers_adviser: "Careers adviser",
  other_council: "Another council",
  data_match: "Data match (enrolment list)",
};

export const neetCharacteristics = [
  "looked_after",
  "care_leaver",
  "send_ehc_plan",
  "parent",
  "carer",
  "pregnant",
  "youth_justice",
  "refugee_or_asylum_seeker",
  "substance_misuse",
  "alternative_provision",
] as const;
export type NeetCharacteristic = (typeof neetCharacteristics)[number];
export const neetCharacteristicLabels: Record<NeetCharacteristic, string> = {
  looked_after: "Looked after",
  care_leaver: "Care leaver",
  send_ehc_plan: "SEND with an EHC plan",
  parent: "Parent",
  carer: "Carer (not of their own child)",
  pregnant: "Pregnant",
  youth_justice: "Supervised by the youth justice service",
  refugee_or_asylum_seeker: "Refugee or asylum seeker",
  substance_misuse: "Substance misuse",
  alternative_provision: "In alternative provision",
};

/** The September Guarantee: the offer a Year 11 or Year 12 young person had of a place to learn. */
export const septemberGuaranteeOffers = [
  "full_time_education",
  "apprenticeship",
  "employment_with_training",
  "traineeship_or_internship",
  "no_offer",
  "offer_not_known",
] as const;
export type SeptemberGuaranteeOffer = (typeof septemberGuaranteeOffers)[number];
export const septemberGuaranteeOfferLabels: Record<SeptemberGuaranteeOffer, string> = {
  full_time_education: "Full-time education or training",
  apprenticeship: "Apprenticeship",
  employment_with_training: "Job with training",
  traineeship_or_internship: "Traineeship or supported internship",
  no_offer: "No offer",
  offer_not_known: "Not known",
};

/** Where a young person means to go next: a place in education, employment or training, never a NEET or not-known code. */
export const isIntendedDestinationCode = (code: string) =>
  isNeetActivityCode(code) && ["education", "employment", "training"].includes(neetActivityGroup(code));
export const intendedDestinationOptions = neetActivityOptions.filter((o) => isIntendedDestinationCode(o.code));

const activityCodeSchema = z.string().refine(isNeetActivityCode, { message: "Choose an activity from the NCCIS list" });
const optionalDate = isoDateSchema.optional().nullable();

/**
 * Recording a young person's activity, or confirming it again: each record is kept, so the
 * history shows every change and every check. The date of birth comes from the person record and
 * is checked on the server (neetActivityProblems).
 */
export const neetActivityRecordSchema = z
  .object({
    personId: z.uuid({ error: "Choose a young person" }),
    activityCode: activityCodeSchema,
    startDate: isoDateSchema,
    expectedEndDate: optionalDate,
    lastConfirmedOn: isoDateSchema,
    source: z.enum(neetActivitySources, { error: "Choose who told you" }),
    characteristics: z
      .array(z.enum(neetCharacteristics, { error: "Choose characteristics from the list" }))
      .max(neetCharacteristics.length)
      .optional(),
    intendedDestinationCode: activityCodeSchema.optional().nullable(),
    septemberGuaranteeYear11: z.enum(septemberGuaranteeOffers, { error: "Choose an offer from the list" }).optional().nullable(),
    septemberGuaranteeYear12: z.enum(septemberGuaranteeOffers, { error: "Choose an offer from the list" }).optional().nullable(),
  })
  .superRefine((value, ctx) => {
    if (value.lastConfirmedOn < value.startDate)
      ctx.addIssue({ code: "custom", path: ["lastConfirmedOn"], message: "The date it was confirmed cannot be before the activity started" });
    if (value.intendedDestinationCode && !isIntendedDestinationCode(value.intendedDestinationCode))
      ctx.addIssue({
        code: "custom",
        path: ["intendedDestinationCode"],
        message: "An intended destination is a place in education, employment or training: choose one from the list",
      });
    if (value.expectedEndDate && value.expectedEndDate < value.startDate)
      ctx.addIssue({ code: "custom", path: ["expectedEndDate"], message: "The expected end must be after the start date" });
    if (
      value.expectedEndDate &&
      isNeetActivityCode(value.activityCode) &&
      neetActivityGroup(value.activityCode) !== "education" &&
      neetActivityGroup(value.activityCode) !== "training"
    )
      ctx.addIssue({ code: "custom", path: ["expectedEndDate"], message: "Only a course or training has an expected end date: leave it blank" });
  });
export type NeetActivityRecord = z.infer<typeof neetActivityRecordSchema>;

/** Problems only the young person's record can show: their age, and a confirmation from the future. */
export function neetActivityProblems(
  record: Pick<NeetActivityRecord, "activityCode" | "startDate" | "lastConfirmedOn">,
  person: { dateOfBirth: string },
  today: string,
) {
  const problems: { field: string; message: string }[] = [];
  if (activityNeedsSixteen(record.activityCode) && record.startDate < sixteenthBirthday(person.dateOfBirth))
    problems.push({
      field: "startDate",
      message: "This activity cannot start before the young person’s 16th birthday: check the start date or the activity",
    });
  if (record.lastConfirmedOn > today) problems.push({ field: "lastConfirmedOn", message: "The date it was confirmed cannot be in the future" });
  if (record.startDate > today && record.activityCode !== "615" && record.activityCode !== "616")
    problems.push({ field: "startDate", message: "The activity cannot start in the future: record 615 or 616 if a start date is agreed" });
  return problems;
}

export const neetChaseListSchema = z.object({
  areaId: z.uuid({ error: "Choose an area" }).optional(),
  /** Everyone in the cohort, or only those whose activity is not known. */
  show: z.enum(["not_known", "all"]).default("not_known"),
  page: z.number().int().min(1).max(10_000).default(1),
});
export type NeetChaseList = z.infer<typeof neetChaseListSchema>;

export const neetYoungPersonReadSchema = z.object({ personId: z.uuid({ error: "Choose a young person" }) });

export const neetFiguresSchema = z.object({
  /** The months to show, ending with this one (yyyy-mm). */
  toMonth: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: "Enter a month as yyyy-mm" })
    .optional(),
  months: z.number().int().min(1).max(24).default(6),
});
export type NeetFigures = z.infer<typeof neetFiguresSchema>;

/** The NCCIS return is made for a month: its reference date is that month's last day. */
export const nccisReturnStartSchema = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: "Enter the month as yyyy-mm, for example 2026-11" }),
});
export type NccisReturnStart = z.infer<typeof nccisReturnStartSchema>;
