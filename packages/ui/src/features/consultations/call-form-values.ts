import type { AssessmentDomain } from "@hearth/domain";

/** What the call form holds, as typed: text boxes give strings, checkboxes lists. */
export interface CallFormValues {
  callerName: string;
  callerRole: string;
  /** An organisation on LCSS's list, or "other" with its name typed in organisationOther. */
  organisationId: string;
  organisationOther: string;
  callerPhone: string;
  callerEmail: string;
  familyKind: "" | "named" | "no_names";
  familyId: string;
  childIds: string[];
  consentGivenBy: string;
  childAge: string;
  childSetting: string;
  localityId: string;
  concern: string;
  /** The indicators chosen, one checkbox group per Assessment Framework domain. */
  indicatorsChildDevelopment: string[];
  indicatorsParentingCapacity: string[];
  indicatorsFamilyEnvironment: string[];
  /** One protective factor a line. */
  protectiveFactors: string;
  adviceGiven: string;
  outcome: string;
  signpostTo: string;
  /** The directory entry signposted to; the box above is for a service not in the directory. */
  signpostServiceId: string;
  level: string;
  rationale: string;
}

export const emptyCall: CallFormValues = {
  callerName: "",
  callerRole: "",
  organisationId: "",
  organisationOther: "",
  callerPhone: "",
  callerEmail: "",
  familyKind: "",
  familyId: "",
  childIds: [],
  consentGivenBy: "",
  childAge: "",
  childSetting: "",
  localityId: "",
  concern: "",
  indicatorsChildDevelopment: [],
  indicatorsParentingCapacity: [],
  indicatorsFamilyEnvironment: [],
  protectiveFactors: "",
  adviceGiven: "",
  outcome: "",
  signpostTo: "",
  signpostServiceId: "",
  level: "",
  rationale: "",
};

/** The order of the questions on the page, which the error summary follows. */
export const callFields = [
  "callerName",
  "callerRole",
  "organisationId",
  "organisationOther",
  "callerPhone",
  "callerEmail",
  "familyKind",
  "familyId",
  "childIds",
  "consentGivenBy",
  "childAge",
  "childSetting",
  "localityId",
  "concern",
  "indicatorsChildDevelopment",
  "indicatorsParentingCapacity",
  "indicatorsFamilyEnvironment",
  "protectiveFactors",
  "adviceGiven",
  "outcome",
  "signpostServiceId",
  "signpostTo",
  "level",
  "rationale",
] as const satisfies readonly (keyof CallFormValues)[];

/** A checkbox group of one answers with its value or false, of several with a list. */
export const listOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : typeof value === "string" && value ? [value] : []);
export const linesOf = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

/** The form's field for each Assessment Framework domain's indicators. */
export const indicatorFieldOf = {
  child_development: "indicatorsChildDevelopment",
  parenting_capacity: "indicatorsParentingCapacity",
  family_environment: "indicatorsFamilyEnvironment",
} as const satisfies Record<AssessmentDomain, keyof CallFormValues>;

export const chosenIndicators = (values: CallFormValues) => Object.values(indicatorFieldOf).flatMap((field) => listOf(values[field]));

/**
 * The form's answers as the API takes them: the answers for the other kind of family are left
 * out (a no-names call never sends a family), and the protective factors are split into lines.
 */
export function callInput(values: CallFormValues) {
  const named = values.familyKind === "named";
  const noNames = values.familyKind === "no_names";
  const other = values.organisationId === "other";
  return {
    callerName: values.callerName,
    callerRole: values.callerRole,
    organisationId: other ? "" : values.organisationId,
    organisationOther: other ? values.organisationOther : "",
    callerPhone: values.callerPhone,
    callerEmail: values.callerEmail,
    familyKind: values.familyKind || undefined,
    familyId: named ? values.familyId : "",
    childIds: named ? listOf(values.childIds) : [],
    consentGivenBy: named ? values.consentGivenBy : "",
    childAge: noNames ? values.childAge : "",
    childSetting: values.childSetting,
    localityId: noNames ? values.localityId : "",
    concern: values.concern,
    indicatorCodes: chosenIndicators(values),
    protectiveFactors: linesOf(values.protectiveFactors),
    adviceGiven: values.adviceGiven,
    outcome: values.outcome || undefined,
    signpostTo: values.outcome === "signpost" ? values.signpostTo : "",
    signpostServiceId: values.outcome === "signpost" ? values.signpostServiceId : "",
    level: values.level || undefined,
    rationale: values.rationale,
  };
}

/** The schema's answers that have no box of their own: the indicators' message goes beside the first group of them. */
export const callAliases: Record<string, keyof CallFormValues> = { indicatorCodes: "indicatorsChildDevelopment" };
