import { neetActivityGroups } from "@hearth/domain";
import { z } from "zod";

const status = z.enum(neetActivityGroups);

/** One young person on the cohort or chase list. A restricted record shows only whom to contact. */
export const neetCohortEntrySchema = z.object({
  personId: z.string(),
  name: z.string(),
  dateOfBirth: z.string(),
  restricted: z.boolean(),
  areaName: z.string(),
  activityCode: z.string().nullable(),
  activityLabel: z.string().nullable(),
  lastConfirmedOn: z.string().nullable(),
  status,
});
export const neetChaseListResultSchema = z.object({
  entries: z.array(neetCohortEntrySchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  today: z.string(),
});

export const neetActivityViewSchema = z.object({
  id: z.string(),
  activityCode: z.string(),
  activityLabel: z.string(),
  startDate: z.string(),
  expectedEndDate: z.string().nullable(),
  lastConfirmedOn: z.string(),
  currentUntil: z.string(),
  source: z.string(),
  characteristics: z.array(z.string()),
  intendedDestinationCode: z.string().nullable(),
  septemberGuaranteeYear11: z.string().nullable(),
  septemberGuaranteeYear12: z.string().nullable(),
  recordedAt: z.date(),
  recordedByName: z.string(),
});

export const neetYoungPersonSchema = z.object({
  person: z.object({ id: z.string(), name: z.string(), dateOfBirth: z.string(), academicAge: z.number(), inCohort: z.boolean() }),
  status,
  history: z.array(neetActivityViewSchema),
  today: z.string(),
});

export const neetActivityRecordedSchema = z.object({ id: z.string(), status });

export const neetFiguresResultSchema = z.object({
  rows: z.array(
    z.object({
      month: z.string(),
      areaName: z.string(),
      cohort: z.number(),
      neet: z.number(),
      notKnown: z.number(),
      /** Shares of the cohort, in per cent to one decimal place; null when the cohort is empty. */
      neetShare: z.number().nullable(),
      notKnownShare: z.number().nullable(),
    }),
  ),
});
