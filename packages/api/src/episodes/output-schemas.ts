import { coveredCensusRules, episodePartKinds } from "@hearth/domain";
import { schema } from "@hearth/db";
import { z } from "zod";

/** What the episode procedures answer with. */

const ruleCodes = coveredCensusRules.map((r) => r.code) as [
  (typeof coveredCensusRules)[number]["code"],
  ...(typeof coveredCensusRules)[number]["code"][],
];

export const censusProblemSchema = z.object({
  code: z.enum(ruleCodes),
  severity: z.enum(["error", "query"]),
  refused: z.boolean(),
  message: z.string(),
  part: z.enum([...episodePartKinds, "child"]),
  referralId: z.string().nullable(),
  recordId: z.string().nullable(),
  field: z.string(),
});

export const episodePartSavedSchema = z.object({
  recordId: z.string(),
  referralId: z.string().nullable(),
  /** The child's census problems after the save: warnings to show beside their fields. */
  problems: z.array(censusProblemSchema),
});

const period = { id: z.string(), startDate: z.string(), endDate: z.string().nullable() };

export const childEpisodesSchema = z.object({
  child: z.object({
    personId: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    dateOfBirth: z.string(),
    /** The census's LA child ID, given with the first referral and never changed (null before it). */
    laChildId: z.string().nullable(),
    /** The child's own census details, shown and changed beside their problems. */
    upn: z.string().nullable(),
    sex: z.string().nullable(),
    ethnicity: z.string().nullable(),
    disabilities: z.array(z.string()),
    upnUnknownReason: z.string().nullable(),
    formerUpn: z.string().nullable(),
    dateOfDeath: z.string().nullable(),
  }),
  case: z.object({ id: z.string(), familyId: z.string(), status: z.enum(schema.fssCaseStatus.enumValues) }),
  canChange: z.boolean(),
  today: z.string(),
  episodes: z.array(
    z.object({
      id: z.string(),
      referralDate: z.string(),
      referralSource: z.string(),
      primaryNeed: z.string().nullable(),
      referralNfa: z.boolean(),
      assessments: z.array(
        z.object({ id: z.string(), startDate: z.string(), authorisationDate: z.string().nullable(), factors: z.array(z.string()) }),
      ),
      cinPlans: z.array(z.object(period)),
      section47s: z.array(
        z.object({
          id: z.string(),
          startDate: z.string(),
          icpcTargetDate: z.string().nullable(),
          dateOfInitialCpc: z.string().nullable(),
          icpcNotRequired: z.boolean(),
        }),
      ),
      cpPlans: z.array(
        z.object({
          ...period,
          initialCategory: z.string(),
          latestCategory: z.string(),
          numberOfPreviousCpp: z.number(),
          reviewDates: z.array(z.string()),
        }),
      ),
      closure: z.object({ closureDate: z.string(), reasonForClosure: z.string() }).nullable(),
    }),
  ),
  lookedAfterPeriods: z.array(z.object({ ...period, legalStatus: z.string() })),
  problems: z.array(censusProblemSchema),
});
export type ChildEpisodesPage = z.infer<typeof childEpisodesSchema>;

export const censusReadinessSchema = z.object({
  children: z.array(
    z.object({
      caseId: z.string(),
      familyId: z.string(),
      familyName: z.string(),
      keyWorkerName: z.string(),
      personId: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      problems: z.array(censusProblemSchema),
    }),
  ),
  today: z.string(),
  team: z.boolean(),
});
