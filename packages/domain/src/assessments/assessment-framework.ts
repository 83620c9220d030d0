import { z } from "zod";

/**
 * The three domains of the national Assessment Framework and their areas, the structure every
 * Early Help Assessment follows so that agencies read each other's assessments the same way.
 */
export const assessmentFramework = {
  child_development: {
    label: "Child’s developmental needs",
    areas: {
      health: "Health",
      education: "Education",
      emotional_behavioural_development: "Emotional and behavioural development",
      identity: "Identity",
      family_social_relationships: "Family and social relationships",
      social_presentation: "Social presentation",
      self_care: "Self-care skills",
    },
  },
  parenting_capacity: {
    label: "Parenting capacity",
    areas: {
      basic_care: "Basic care",
      ensuring_safety: "Ensuring safety",
      emotional_warmth: "Emotional warmth",
      stimulation: "Stimulation",
      guidance_boundaries: "Guidance and boundaries",
      stability: "Stability",
    },
  },
  family_environment: {
    label: "Family and environmental factors",
    areas: {
      family_history_functioning: "Family history and functioning",
      wider_family: "Wider family",
      housing: "Housing",
      employment: "Employment",
      income: "Income",
      social_integration: "Family’s social integration",
      community_resources: "Community resources",
    },
  },
} as const;

export type AssessmentDomain = keyof typeof assessmentFramework;
export type AssessmentArea = {
  [D in AssessmentDomain]: keyof (typeof assessmentFramework)[D]["areas"];
}[AssessmentDomain];

export const assessmentDomains = Object.keys(assessmentFramework) as AssessmentDomain[];
export const assessmentAreas = assessmentDomains.flatMap((d) => Object.keys(assessmentFramework[d].areas)) as AssessmentArea[];

export const assessmentDomainSchema = z.enum(assessmentDomains as [AssessmentDomain, ...AssessmentDomain[]], {
  error: "Choose one of the three assessment domains",
});
export const assessmentAreaSchema = z.enum(assessmentAreas as [AssessmentArea, ...AssessmentArea[]], {
  error: "Choose an area from the Assessment Framework",
});

export function isAreaOfDomain(domain: AssessmentDomain, area: string): area is AssessmentArea {
  return area in assessmentFramework[domain].areas;
}

export function domainOfArea(area: AssessmentArea): AssessmentDomain {
  return assessmentDomains.find((d) => isAreaOfDomain(d, area))!;
}

/** A domain and area that belong together; used by assessments and threshold indicators alike. */
export const domainAreaSchema = z
  .object({ domain: assessmentDomainSchema, area: assessmentAreaSchema })
  .refine((v) => isAreaOfDomain(v.domain, v.area), {
    message: "This area belongs to a different domain",
    path: ["area"],
  });
