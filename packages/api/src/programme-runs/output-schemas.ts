import { schema } from "@hearth/db";
import { outcomeMeasureKinds } from "@hearth/domain";
import { z } from "zod";

const measureFigures = z.object({
  measure: z.enum(outcomeMeasureKinds),
  pairs: z.number().int(),
  meanBefore: z.number().nullable(),
  meanAfter: z.number().nullable(),
  meanChange: z.number().nullable(),
  improved: z.number().int(),
  reliableImprovementShare: z.number().nullable(),
});

export const runFiguresSchema = z.object({
  enrolled: z.number().int(),
  completed: z.number().int(),
  completionRate: z.number().nullable(),
  measures: z.array(measureFigures),
});

export const runSummarySchema = z.object({
  id: z.string(),
  programmeId: z.string(),
  programmeName: z.string(),
  startsOn: z.string(),
  status: z.enum(schema.programmeRunStatus.enumValues),
  capacity: z.number().int(),
  venue: z.string(),
  enrolled: z.number().int(),
  waiting: z.number().int(),
});

const registerEntry = z.object({
  enrolmentId: z.string(),
  familyId: z.string(),
  personId: z.string(),
  name: z.string(),
  restricted: z.boolean(),
  status: z.enum(schema.enrolmentStatus.enumValues),
  attended: z.number().int(),
  needed: z.number().int(),
  completed: z.boolean(),
  missedTwoInARow: z.boolean(),
  /** The mark for the session asked for, or null when none yet. */
  mark: z.enum(schema.programmeAttendanceStatus.enumValues).nullable(),
});

export const runDetailSchema = z.object({
  id: z.string(),
  programme: z.object({
    id: z.string(),
    name: z.string(),
    numberOfSessions: z.number().int(),
    completionShare: z.number(),
    childAgeFrom: z.number().int(),
    childAgeTo: z.number().int(),
    outcomeMeasures: z.array(z.enum(outcomeMeasureKinds)),
  }),
  venue: z.object({ kind: z.enum(["centre", "shared_site", "mobile", "outreach"]), name: z.string(), postcode: z.string().nullable() }),
  schedule: z.object({ weekday: z.string(), startTime: z.string(), endTime: z.string(), startsOn: z.string() }),
  sessionDates: z.array(z.string()),
  facilitators: z.array(z.string()),
  capacity: z.number().int(),
  status: z.enum(schema.programmeRunStatus.enumValues),
  enrolments: z.array(registerEntry),
  referrals: z.array(
    z.object({
      id: z.string(),
      familyId: z.string(),
      personId: z.string(),
      name: z.string(),
      restricted: z.boolean(),
      source: z.enum(schema.programmeReferralSource.enumValues),
      status: z.enum(schema.programmeReferralStatus.enumValues),
      referredAt: z.date(),
      /** Place in the waiting list, 1 first; null unless waiting. */
      position: z.number().int().nullable(),
    }),
  ),
  figures: runFiguresSchema,
});

export const registerSchema = z.object({
  runId: z.string(),
  programmeName: z.string(),
  sessionDate: z.string(),
  sessionNumber: z.number().int(),
  entries: z.array(registerEntry),
});

export const referralOutcomeSchema = z.object({
  referralId: z.string(),
  status: z.enum(schema.programmeReferralStatus.enumValues),
  position: z.number().int().nullable(),
});

export const runReportSchema = z.object({
  runId: z.string(),
  programmeName: z.string(),
  venue: z.string(),
  startsOn: z.string(),
  sessionsHeld: z.number().int(),
  reach: z.object({
    families: z.number().int(),
    children: z.number().int(),
    byArea: z.array(z.object({ area: z.string(), families: z.number().int() })),
    fromPriorityNeighbourhoods: z.number().int(),
  }),
  attendance: z.object({ attended: z.number().int(), didNotAttend: z.number().int(), apologies: z.number().int(), rate: z.number().nullable() }),
  figures: runFiguresSchema,
  csv: z.string(),
});

export const programmeFiguresSchema = z.object({
  programmeId: z.string(),
  programmeName: z.string(),
  runs: z.number().int(),
  figures: runFiguresSchema,
  csv: z.string(),
});
