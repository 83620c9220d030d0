import { z } from "zod";
import { thresholdLevelSchema, type ThresholdLevel, type ThresholdOutcome } from "../thresholds/levels";
import { textSchema } from "../shared/text";
import type { ThresholdDecisionCreate } from "../thresholds/threshold-decision";

/**
 * A consultation: a professional rings the LCSS advice line about a child (issue 11 §1). It
 * starts with the immediate-risk question; a yes sends the caller to the MASH at once and is
 * recorded as "social care now". Otherwise the call is logged with its threshold decision.
 */

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

export const consultationOutcomes = ["advice_only", "signpost", "start_eha", "request_for_service", "social_care_now"] as const;
export const consultationOutcomeSchema = z.enum(consultationOutcomes, { error: "Choose the outcome of the call" });
export type ConsultationOutcome = z.infer<typeof consultationOutcomeSchema>;

export const consultationOutcomeLabels: Record<ConsultationOutcome, string> = {
  advice_only: "Advice only",
  signpost: "Signpost to a service or programme",
  start_eha: "Start an Early Help Assessment",
  request_for_service: "Request for service to FSS",
  social_care_now: "Social care now (MASH)",
};

/** The threshold decision's outcome that each call outcome records. */
export const thresholdOutcomeOfConsultation: Record<ConsultationOutcome, ThresholdOutcome> = {
  advice_only: "advice",
  signpost: "signpost",
  start_eha: "eha_taf",
  request_for_service: "fss_targeted_support",
  social_care_now: "social_care_referral",
};

/** Where a consultation is in the day's queue. */
/** `awaiting_call_back`: a request made online (issue 11 §2), confirmed by its sender, that no worker has picked up. */
export const consultationStatuses = ["awaiting_call_back", "open", "awaiting_confirmation", "awaiting_feedback", "closed"] as const;
export type ConsultationStatus = (typeof consultationStatuses)[number];
export const consultationStatusLabels: Record<ConsultationStatus, string> = {
  awaiting_call_back: "Awaiting call back",
  open: "Open",
  awaiting_confirmation: "Awaiting senior confirmation",
  awaiting_feedback: "Awaiting feedback",
  closed: "Closed",
};

export const consultationFamilyKinds = ["named", "no_names"] as const;
export type ConsultationFamilyKind = (typeof consultationFamilyKinds)[number];
export const consultationFamilyKindLabels: Record<ConsultationFamilyKind | "not_recorded", string> = {
  named: "Named, with consent",
  no_names: "No names",
  not_recorded: "Not recorded",
};

/** The kinds of organisation on the list LCSS keeps of those who call. */
export const callerOrganisationKinds = ["school", "early_years", "gp_practice", "health", "police", "voluntary", "other"] as const;
export type CallerOrganisationKind = (typeof callerOrganisationKinds)[number];
export const callerOrganisationKindLabels: Record<CallerOrganisationKind, string> = {
  school: "School",
  early_years: "Early-years setting",
  gp_practice: "GP practice",
  health: "Health service",
  police: "Police",
  voluntary: "Voluntary or community group",
  other: "Other",
};

/** Who rang: the organisation comes from LCSS's list, or is typed when it is not on it. */
const callerFields = {
  callerName: textSchema({ label: "caller’s name", max: 120, min: 1 }),
  callerRole: textSchema({ label: "caller’s role", max: 120, min: 1, required: "Enter the caller’s role, for example Designated safeguarding lead" }),
  organisationId: optional(z.uuid({ error: "Choose the caller’s organisation" })),
  organisationOther: optional(textSchema({ label: "organisation’s name", max: 160 })),
  callerPhone: optional(textSchema({ label: "phone number", max: 30 }).regex(/^[0-9 +()-]{6,30}$/, "Enter a phone number, like 01865 123456")),
  callerEmail: optional(
    z.email({ error: "Enter an email address, like name@school.org.uk" }).max(254, "The email address must be 254 characters or fewer"),
  ),
};

const organisationNamed = (c: { organisationId?: string; organisationOther?: string }) => !!c.organisationId || !!c.organisationOther;
const ORGANISATION_MISSING = { message: "Choose the caller’s organisation, or enter its name if it is not on the list", path: ["organisationId"] };

/**
 * Yes to the immediate-risk question: the caller is given the MASH number and the call recorded
 * with what is known of the caller; nothing about the child is asked, so the call ends quickly.
 */
export const consultationImmediateRiskSchema = z.object({
  callerName: optional(textSchema({ label: "caller’s name", max: 120 })),
  organisationId: optional(z.uuid({ error: "Choose the caller’s organisation" })),
  organisationOther: optional(textSchema({ label: "organisation’s name", max: 160 })),
  note: optional(textSchema({ label: "note", max: 2000, multiline: true })),
});
export type ConsultationImmediateRisk = z.infer<typeof consultationImmediateRiskSchema>;

const indicatorCodesSchema = z
  .array(z.string().trim().toUpperCase().max(24, "Choose indicators from the catalogue"))
  .max(60)
  .refine((codes) => new Set(codes).size === codes.length, "Each indicator can be chosen only once");

/** The call logged while on the phone; the worker's threshold decision comes with it. */
export const consultationCreateSchema = z
  .object({
    ...callerFields,
    familyKind: z.enum(consultationFamilyKinds, { error: "Say whether the family agreed to be named" }),
    // Named: the family found with the county search, the children the call is about, and who consented.
    familyId: optional(z.uuid({ error: "Find the family" })),
    childIds: z
      .array(z.uuid({ error: "Choose the child" }))
      .max(12)
      .default([]),
    consentGivenBy: optional(textSchema({ label: "name of who gave consent", max: 120 })),
    // No names: nothing that identifies the child.
    childAge: z.preprocess(
      (v) => (blankToUndefined(v) === undefined ? undefined : typeof v === "string" ? Number(v) : v),
      z
        .number({ error: "Enter the child’s age in years, from 0 to 25" })
        .int("Enter the child’s age in whole years")
        .min(0, "Enter the child’s age in years, from 0 to 25")
        .max(25, "Enter the child’s age in years, from 0 to 25")
        .optional(),
    ),
    childSetting: optional(textSchema({ label: "school or setting", max: 160 })),
    localityId: optional(z.uuid({ error: "Choose the locality" })),
    concern: textSchema({ label: "concern in the caller’s words", max: 5000, min: 1, multiline: true }),
    indicatorCodes: indicatorCodesSchema,
    protectiveFactors: z
      .array(textSchema({ label: "protective factor", max: 500, min: 1, multiline: true }))
      .max(20)
      .default([]),
    adviceGiven: textSchema({ label: "advice given", max: 5000, min: 1, multiline: true }),
    outcome: consultationOutcomeSchema,
    signpostTo: optional(textSchema({ label: "service or programme", max: 200 })),
    /** The service directory's entry signposted to, so the directory counts which services are used. */
    signpostServiceId: optional(z.uuid({ error: "Choose a service from the directory" })),
    level: z.preprocess((v) => (typeof v === "string" && /^\d$/.test(v) ? Number(v) : v), thresholdLevelSchema),
    rationale: optional(textSchema({ label: "rationale", max: 5000, multiline: true })),
  })
  .superRefine((c, ctx) => {
    const problem = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (!organisationNamed(c)) problem(ORGANISATION_MISSING.path[0]!, ORGANISATION_MISSING.message);
    if (c.familyKind === "named") {
      if (!c.familyId) problem("familyId", "Find the family, or choose no names if they have not agreed to be named");
      if (!c.childIds.length) problem("childIds", "Choose the child or children the call is about");
      if (!c.consentGivenBy) problem("consentGivenBy", "Enter who gave consent for the family to be named");
    } else {
      if (c.familyId || c.childIds.length || c.consentGivenBy) problem("familyId", "A no-names consultation must not record who the family is");
      if (c.childAge === undefined) problem("childAge", "Enter the child’s age in years, from 0 to 25");
      if (!c.localityId) problem("localityId", "Choose the locality");
    }
    if (c.outcome === "signpost" && !c.signpostTo && !c.signpostServiceId)
      problem("signpostTo", "Enter the service or programme the caller was signposted to");
  });
export type ConsultationCreate = z.infer<typeof consultationCreateSchema>;

/** Consent given later: the no-names consultation becomes a named one, keeping what was recorded. */
export const consultationMakeNamedSchema = z.object({
  consultationId: z.uuid({ error: "Unknown consultation" }),
  familyId: z.uuid({ error: "Find the family" }),
  childIds: z
    .array(z.uuid({ error: "Choose the child" }))
    .min(1, "Choose the child or children the call was about")
    .max(12),
  consentGivenBy: textSchema({ label: "name of who gave consent", max: 120, min: 1 }),
});
export type ConsultationMakeNamed = z.infer<typeof consultationMakeNamedSchema>;

export const consultationListSchema = z.object({
  status: z.enum(consultationStatuses).optional(),
  /** Every consultation not yet closed, whatever it waits for: the LCSS home's open figure. */
  openOnly: z.boolean().optional(),
  outcome: consultationOutcomeSchema.optional(),
  familyKind: z.enum([...consultationFamilyKinds, "not_recorded"]).optional(),
  takenByMe: z.boolean().optional(),
  /** The day's queue by locality and by the worker who took the call. */
  localityId: z.uuid({ error: "Choose a locality from the list" }).optional(),
  takenBy: z.uuid({ error: "Choose a worker from the list" }).optional(),
  sort: z.enum(["receivedAt", "status", "level"]).default("receivedAt"),
  direction: z.enum(["asc", "desc"]).default("desc"),
  limit: z.number().int().min(1).max(200).default(50),
});
export type ConsultationList = z.infer<typeof consultationListSchema>;

/**
 * The council's policy: levels whose decisions a senior practitioner always confirms, on top of
 * the domain's own reasons (a level below the suggestion, level 4, no names at level 3 or above).
 */
export interface SeniorConfirmationPolicy {
  levels: readonly ThresholdLevel[];
}

export function seniorConfirmationReasons(policy: SeniorConfirmationPolicy, level: ThresholdLevel, domainReasons: readonly string[]): string[] {
  const reasons = [...domainReasons];
  if (policy.levels.includes(level) && !reasons.some((r) => r.startsWith(`Level ${level} decisions`)))
    reasons.push(`The council asks a senior practitioner to confirm every level ${level} decision`);
  return reasons;
}

/** A reference the referrer can quote, never a record id: LC followed by the number. */
export function consultationReference(number: number): string {
  return `LC${String(number).padStart(6, "0")}`;
}

/** The threshold decision a logged call records, checked against the catalogue by evaluateThresholdDecision. */
export function thresholdDecisionOfConsultation(c: ConsultationCreate, decidedByStaffId: string, decidedOn: string): ThresholdDecisionCreate {
  return {
    childIds: c.familyKind === "named" ? c.childIds : [],
    consent: c.familyKind === "named" ? "named_with_consent" : "no_names",
    decidedByStaffId,
    decidedOn,
    indicatorCodes: c.indicatorCodes,
    protectiveFactors: c.protectiveFactors,
    level: c.level,
    rationale: c.rationale,
    outcome: thresholdOutcomeOfConsultation[c.outcome],
  };
}
