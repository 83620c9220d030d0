import { z } from "zod";

/** Children in Need census code sets (2025–26), with our short labels. */
export const referralSourceLabels = {
  "1A": "Individual: family member, relative or carer",
  "1B": "Individual: acquaintance",
  "1C": "Individual: self",
  "1D": "Individual: other",
  "2A": "Schools",
  "2B": "Education services",
  "3A": "Health: GP",
  "3B": "Health: health visitor",
  "3C": "Health: school nurse",
  "3D": "Health: other primary health services",
  "3E": "Health: A&E",
  "3F": "Health: other",
  "4": "Housing",
  "5A": "Local authority: children’s social care",
  "5B": "Local authority: other internal department",
  "5C": "Local authority: external",
  "5D": "Local authority: early help",
  "6": "Police",
  "7": "Other legal agency",
  "8": "Other",
  "9": "Anonymous",
  "10": "Unknown",
} as const;
export type ReferralSource = keyof typeof referralSourceLabels;
export const referralSources = Object.keys(referralSourceLabels) as ReferralSource[];
export const referralSourceSchema = z.enum(referralSources as [ReferralSource, ...ReferralSource[]], {
  error: "Choose where the referral came from",
});

export const primaryNeedLabels = {
  N0: "Not stated",
  N1: "Abuse or neglect",
  N2: "Child’s disability or illness",
  N3: "Parental disability or illness",
  N4: "Family in acute stress",
  N5: "Family dysfunction",
  N6: "Socially unacceptable behaviour",
  N7: "Low income",
  N8: "Absent parenting",
  N9: "Cases other than children in need",
} as const;
export type PrimaryNeed = keyof typeof primaryNeedLabels;
export const primaryNeeds = Object.keys(primaryNeedLabels) as PrimaryNeed[];
export const primaryNeedSchema = z.enum(primaryNeeds as [PrimaryNeed, ...PrimaryNeed[]], {
  error: "Choose the primary need",
});

export const reasonForClosureLabels = {
  RC1: "Adopted",
  RC2: "Died",
  RC3: "Child arrangements order",
  RC4: "Special guardianship order",
  RC5: "Transferred to another local authority",
  RC6: "Transferred to adult social care",
  RC7: "Services ceased for any other reason, including no longer in need",
  RC8: "Case closed after assessment, no further action",
  RC9: "Case closed after assessment, referred to early help",
} as const;
export type ReasonForClosure = keyof typeof reasonForClosureLabels;
export const reasonsForClosure = Object.keys(reasonForClosureLabels) as ReasonForClosure[];
export const reasonForClosureSchema = z.enum(reasonsForClosure as [ReasonForClosure, ...ReasonForClosure[]], {
  error: "Choose the reason for closing the case",
});

const child = "concerns about the child";
const parent = "concerns about a parent or carer";
const household = "concerns about another person in the household";

export const assessmentFactorLabels = {
  "1A": `Alcohol misuse: ${child}`,
  "1B": `Alcohol misuse: ${parent}`,
  "1C": `Alcohol misuse: ${household}`,
  "2A": `Drug misuse: ${child}`,
  "2B": `Drug misuse: ${parent}`,
  "2C": `Drug misuse: ${household}`,
  "3A": `Domestic abuse: ${child}`,
  "3B": `Domestic abuse: ${parent}`,
  "3C": `Domestic abuse: ${household}`,
  "4A": `Mental health: ${child}`,
  "4B": `Mental health: ${parent}`,
  "4C": `Mental health: ${household}`,
  "5A": `Learning disability: ${child}`,
  "5B": `Learning disability: ${parent}`,
  "5C": `Learning disability: ${household}`,
  "6A": `Physical disability or illness: ${child}`,
  "6B": `Physical disability or illness: ${parent}`,
  "6C": `Physical disability or illness: ${household}`,
  "7A": "Young carer",
  // The census splits private fostering into five sub-codes; screens show the DfE's guidance text.
  "8B": "Private fostering (8B)",
  "8C": "Private fostering (8C)",
  "8D": "Private fostering (8D)",
  "8E": "Private fostering (8E)",
  "8F": "Private fostering (8F)",
  "9A": "Unaccompanied asylum-seeking child",
  "10A": "Going or being missing",
  "11A": "Child sexual exploitation",
  "12A": "Trafficking",
  "13A": "Gangs",
  "14A": "Socially unacceptable behaviour",
  "15A": "Self-harm",
  "16A": "Neglect",
  "17A": "Emotional abuse",
  "18B": "Physical abuse by a child",
  "18C": "Physical abuse by an adult",
  "19B": "Sexual abuse by a child",
  "19C": "Sexual abuse by an adult",
  "20": "Other",
  "21": "No factors identified",
  "22A": "Female genital mutilation",
  "23A": "Abuse linked to faith or belief",
  "24A": "Child criminal exploitation",
} as const;
export type AssessmentFactor = keyof typeof assessmentFactorLabels;
export const assessmentFactors = Object.keys(assessmentFactorLabels) as AssessmentFactor[];
/** Entry takes the current codes only, in any case ("3b" is stored as 3B). */
export const assessmentFactorSchema = z
  .string()
  .trim()
  .toUpperCase()
  .pipe(
    z.enum(assessmentFactors as [AssessmentFactor, ...AssessmentFactor[]], {
      error: "Choose a factor from the census list",
    }),
  );
/**
 * Codes a census return may still carry: the current ones and 18A and 19A, which the DfE split
 * into B and C codes but still accepts, querying them (8945Q, 8950Q) rather than refusing them.
 */
export const censusAssessmentFactorCodes: readonly string[] = [...assessmentFactors, "18A", "19A"];

export const categoryOfAbuseLabels = {
  NEG: "Neglect",
  PHY: "Physical abuse",
  SAB: "Sexual abuse",
  EMO: "Emotional abuse",
  MUL: "Multiple categories",
} as const;
export type CategoryOfAbuse = keyof typeof categoryOfAbuseLabels;
export const categoriesOfAbuse = Object.keys(categoryOfAbuseLabels) as CategoryOfAbuse[];
export const categoryOfAbuseSchema = z.enum(categoriesOfAbuse as [CategoryOfAbuse, ...CategoryOfAbuse[]], {
  error: "Choose the category of abuse",
});
