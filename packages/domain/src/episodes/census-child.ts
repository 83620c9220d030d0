import { z } from "zod";
import { isoDateSchema } from "../calendar/iso-date";

/**
 * A child as the census checker reads them: everything the CIN census holds about one child, in
 * our names (the XML element each maps to is in the comment). Codes are plain strings and most
 * fields may be missing, because the checker's job is to say what is wrong with data as it is;
 * only dates must be real dates, since nothing can be judged from "31/13/2025".
 */
const code = z.string().trim().nullish();
const date = isoDateSchema.nullish();

export const censusAssessmentSchema = z.object({
  startDate: date, // AssessmentActualStartDate
  authorisationDate: date, // AssessmentAuthorisationDate: the assessment is complete
  factors: z.array(z.string().trim()).default([]), // FactorsIdentifiedAtAssessment
});

export const censusCinPlanSchema = z.object({
  startDate: date, // CINPlanStartDate
  endDate: date, // CINPlanEndDate
});

export const censusSection47Schema = z.object({
  startDate: date, // S47ActualStartDate
  icpcTargetDate: date, // InitialCPCtarget
  dateOfInitialCpc: date, // DateOfInitialCPC
  icpcNotRequired: z.boolean().nullish(), // ICPCnotRequired
});

export const censusCpPlanSchema = z.object({
  startDate: date, // CPPstartDate
  endDate: date, // CPPendDate
  initialCategory: code, // InitialCategoryOfAbuse
  latestCategory: code, // LatestCategoryOfAbuse
  numberOfPreviousCpp: z.number().int().min(0).nullish(), // NumberOfPreviousCPP
  reviewDates: z.array(date).default([]), // Reviews/CPPreviewDate
});

export const censusEpisodeSchema = z.object({
  referralDate: date, // CINreferralDate
  referralSource: code, // ReferralSource
  primaryNeed: code, // PrimaryNeedCode
  closureDate: date, // CINclosureDate
  reasonForClosure: code, // ReasonForClosure
  dateOfInitialCpc: date, // DateOfInitialCPC (CIN details level)
  referralNfa: z.boolean().nullish(), // ReferralNFA
  assessments: z.array(censusAssessmentSchema).default([]),
  cinPlans: z.array(censusCinPlanSchema).default([]),
  section47s: z.array(censusSection47Schema).default([]),
  cpPlans: z.array(censusCpPlanSchema).default([]),
});

export const censusChildSchema = z.object({
  laChildId: code, // LAchildID
  upn: code, // UPN
  formerUpn: code, // FormerUPN
  upnUnknown: code, // UPNunknown
  dateOfBirth: date, // PersonBirthDate
  expectedDateOfBirth: date, // ExpectedPersonBirthDate
  sex: code, // Sex
  dateOfDeath: date, // PersonDeathDate
  ethnicity: code, // Ethnicity
  disabilities: z.array(z.string().trim()).default([]), // Disabilities/Disability
  episodes: z.array(censusEpisodeSchema).default([]), // CINdetails
});

export type CensusChild = z.infer<typeof censusChildSchema>;
export type CensusEpisode = z.infer<typeof censusEpisodeSchema>;
export type CensusAssessment = z.infer<typeof censusAssessmentSchema>;
export type CensusCinPlan = z.infer<typeof censusCinPlanSchema>;
export type CensusSection47 = z.infer<typeof censusSection47Schema>;
export type CensusCpPlan = z.infer<typeof censusCpPlanSchema>;
/** What callers may pass: arrays can be left out. */
export type CensusChildInput = z.input<typeof censusChildSchema>;
