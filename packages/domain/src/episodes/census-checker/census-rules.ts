/**
 * The DfE's 2025–26 CIN census validation rules Hearth checks, with a short description in our
 * words. Codes ending in Q are queries (fix or explain); the rest are errors. "child" rules are
 * judged from one child's record at the time of recording (checkChildForCensus); "return" rules
 * need the whole return and run when the file is built (checkCensusReturn).
 * docs/census-rules.md is written from this list.
 */
/**
 * The collection year whose validation rules the checker follows. Moving to the next year is a
 * reviewed change: see "Moving to the next collection year" in docs/census-rules.md.
 */
export const censusRulesCollectionYear = "2025-26";

export interface CensusRuleDescription {
  code: string;
  scope: "child" | "return";
  description: string;
}

const child = (code: string, description: string): CensusRuleDescription => ({
  code,
  scope: "child",
  description,
});
const whole = (code: string, description: string): CensusRuleDescription => ({
  code,
  scope: "return",
  description,
});

export const coveredCensusRules = [
  whole("100", "The reference date is 31 March of the census year"),
  child("1103", "An assessment cannot start before the referral"),
  child("1104", "An initial child protection conference cannot be before the referral"),
  child("1105", "A child protection plan cannot start before the referral"),
  child("1510", "The UPN's check letter (character 1) is right"),
  whole("1520", "No two children share a UPN"),
  child("1530", "UPN characters 2–4 are a recognised LA code"),
  child("1540", "UPN characters 5–12 are all digits"),
  child("1550", "UPN character 13 is a digit or an allowed letter"),
  child("1560Q", "The former UPN is well formed"),
  child("1570", "The LA child ID is at most 20 characters"),
  child("1580", "The LA child ID is letters and digits only"),
  whole("2883", "No more child protection plans start than initial conferences are held"),
  child("2884", "An initial conference is recorded at the S47 or the CIN details level, not both"),
  child("2885", "A child protection plan starts on the day of an initial conference"),
  whole("2886Q", "No more than 2% of born children have no sex recorded"),
  whole("2887Q", "At least 8 different disability codes are used across the return"),
  whole("2888Q", "Some child has more than one disability recorded"),
  child("2889", "A section 47 enquiry cannot start before the referral"),
  child("2990", "No plans, enquiries or conferences on a case closed after assessment (RC8/RC9)"),
  child("2991Q", "A section 47 enquiry comes with an assessment on the episode"),
  child("4000", "No CIN plan on a referral with no further action"),
  child("4001", "A CIN plan and a child protection plan are not both open on one episode"),
  child("4003", "No child protection review while a CIN plan is open"),
  child("4004", "At most one open CIN plan on an episode"),
  child("4008", "A CIN plan cannot start after the child's death"),
  child("4009Q", "A CIN plan should not end after the child's death"),
  child("4010", "A CIN plan has a start date no later than the reference date"),
  child("4011", "A CIN plan cannot end before it starts"),
  child("4012Q", "A CIN plan should not start and end on the same day"),
  child("4013", "A CIN plan's end date falls in the census year"),
  child("4014", "CIN plans do not overlap"),
  child("4015", "A CIN plan cannot start before the referral"),
  child("4016", "A CIN plan does not start while a child protection plan is open"),
  child("4017", "A child protection plan does not start while a CIN plan is open"),
  child("4180", "Sex is F, M or U"),
  child("4220", "Ethnicity is a census code"),
  child("8500", "The LA child ID is present"),
  whole("8510", "No two children share an LA child ID"),
  child("8520", "The date of birth is not after the reference date"),
  child("8525Q", "Either a date of birth or an expected date of birth, not both"),
  child("8530Q", "An expected date of birth falls between 30 days before and 9 months after the reference date"),
  child("8535Q", "The date of death is not before the date of birth"),
  child("8540", "A born child with a referral that led to further action has disabilities, all census codes"),
  child("8545Q", "The date of death falls in the census year"),
  child("8555Q", "A referral is not after the child's death"),
  child("8565", "Nothing is recorded after the case closed"),
  child("8568", "The ‘referral with no further action’ flag is present"),
  child("8569Q", "A referral from before the census year is not marked as no further action"),
  child("8585Q", "Closure reason ‘died’ comes with a date of death"),
  child("8590", "The child has at least one CIN episode"),
  child("8600", "The referral date is present and not after the reference date"),
  child("8606", "A referral is no more than 40 weeks before the (expected) birth"),
  child("8608", "An assessment is not authorised before it starts"),
  child("8610", "A referral that led to further action has a primary need"),
  child("8614", "Factors are recorded only on completed assessments"),
  child("8615", "A section 47 enquiry with a conference has a start date on or before it"),
  child("8620", "The closure date falls in the census year"),
  child("8630", "The case does not close before the referral"),
  child("8640", "The reason for closure is a census code"),
  child("8650", "The primary need is a census code"),
  child("8670Q", "An assessment open more than 45 working days before year end should have been completed"),
  child("8675Q", "A section 47 enquiry open more than 15 working days before year end should have a conference"),
  child("8696", "An assessment's authorisation date falls in the census year"),
  child("8715", "An initial conference falls in the census year"),
  child("8720", "A child protection plan has a start date no later than the reference date"),
  child("8730", "A child protection plan has the number of previous plans"),
  child("8736", "An unfinished assessment started in the census year"),
  child("8740", "A section 47 enquiry with no conference yet started in the census year"),
  child("8750", "An unborn child's sex is U"),
  child("8770Q", "A school-age child has a UPN or a reason (other than UN1) why not"),
  child("8772", "UPN reason UN7 is used only when every referral led to no further action"),
  child("8775Q", "The child is not over 25"),
  child("8790", "Disability NONE is not combined with other codes"),
  child("8794", "No disability code appears twice"),
  child("8805", "A closure date comes with a reason"),
  child("8810", "A reason for closure comes with a date"),
  child("8815", "At most one open episode that led to further action"),
  child("8816", "An open episode that led to further action is the latest one"),
  child("8820", "Episodes do not overlap"),
  child("8825Q", "Closure after assessment (RC8/RC9) has an assessment"),
  child("8831", "No assessments, enquiries or conferences on a referral with no further action"),
  child("8832", "No child protection plan on a referral with no further action"),
  child("8839", "At most one open section 47 enquiry per episode"),
  child("8840", "A child protection plan does not start and end on the same day"),
  child("8841", "A review is after the plan started"),
  child("8842Q", "Every review has a date"),
  child("8863Q", "An assessment does not start while another is under way"),
  child("8866", "A referral from 1 April 2013 on has a referral source that is a census code"),
  child("8867", "A closed case has no unfinished assessment"),
  child("8868", "A closed case has no section 47 enquiry without a conference or ‘not required’"),
  child("8869", "Factor 21 (no factors) is not combined with other factors"),
  child("8870Q", "The target date for the initial conference is not at a weekend"),
  child("8873Q", "A single assessment with no factors leads to closure reason RC8 or RC9"),
  child("8875", "An initial conference is not held at a weekend"),
  child("8890", "A section 47 enquiry does not start while another is under way"),
  child("8896", "At most one unfinished assessment per episode"),
  child("8897Q", "An assessment completed since the census year began has factors, all census codes"),
  child("8898", "No factor appears twice on one assessment"),
  child("8905", "The initial category of abuse is a census code"),
  child("8910", "The latest category of abuse is a census code"),
  child("8915", "A child protection plan cannot start after the child's death"),
  child("8920", "A child protection plan cannot end after the child's death"),
  child("8925", "A child protection plan cannot end before it starts"),
  child("8930", "A child protection plan's end date falls in the census year"),
  child("8935", "At most one open child protection plan"),
  child("8940", "Child protection plans do not overlap"),
  child("8945Q", "Factor 18A is not used (18B or 18C instead)"),
  child("8950Q", "Factor 19A is not used (19B or 19C instead)"),
] as const satisfies readonly CensusRuleDescription[];

export type CensusRuleCode = (typeof coveredCensusRules)[number]["code"];

export interface CensusFinding {
  code: CensusRuleCode;
  severity: "error" | "query";
  message: string;
  /** Where in the child (or return) the problem is, e.g. ["episodes", 0, "cinPlans", 1, "startDate"]. */
  path: (string | number)[];
}

export function censusFinding(code: CensusRuleCode, message: string, path: (string | number)[]): CensusFinding {
  return { code, severity: code.endsWith("Q") ? "query" : "error", message, path };
}
