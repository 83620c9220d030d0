import type { ThresholdIndicator } from "../indicator-catalogue";

/**
 * The illustrative catalogue's indicators for family and environmental factors: family history and
 * functioning, wider family, housing, employment, income, social integration and community resources.
 */
export const familyEnvironmentIndicators: readonly ThresholdIndicator[] = [
  {
    code: "FE-FHF-2",
    domain: "family_environment",
    area: "family_history_functioning",
    level: 2,
    wording: "Arguments at home are upsetting the child, with no violence reported.",
    active: true,
  },
  {
    code: "FE-FHF-3",
    domain: "family_environment",
    area: "family_history_functioning",
    level: 3,
    wording: "Domestic abuse in the past, or current abuse assessed as standard or medium risk.",
    active: true,
  },
  {
    code: "FE-FHF-4",
    domain: "family_environment",
    area: "family_history_functioning",
    level: 4,
    wording: "Domestic abuse assessed as high risk, or a child present during violent incidents.",
    active: true,
  },
  {
    code: "FE-WFM-2",
    domain: "family_environment",
    area: "wider_family",
    level: 2,
    wording: "Little support from wider family or friends at a difficult time.",
    active: true,
  },
  {
    code: "FE-HSG-2",
    domain: "family_environment",
    area: "housing",
    level: 2,
    wording: "Housing is overcrowded or in poor repair, or rent arrears are building.",
    active: true,
  },
  {
    code: "FE-HSG-3",
    domain: "family_environment",
    area: "housing",
    level: 3,
    wording: "Facing eviction or living in temporary accommodation with several moves.",
    active: true,
  },
  {
    code: "FE-HSG-4",
    domain: "family_environment",
    area: "housing",
    level: 4,
    wording: "Homeless with children, or the home is dangerous to live in.",
    active: true,
  },
  {
    code: "FE-EMP-2",
    domain: "family_environment",
    area: "employment",
    level: 2,
    wording: "Carers out of work and worried about finding work or training.",
    active: true,
  },
  {
    code: "FE-INC-2",
    domain: "family_environment",
    area: "income",
    level: 2,
    wording: "Money is tight: using food banks or behind on bills.",
    active: true,
  },
  {
    code: "FE-INC-3",
    domain: "family_environment",
    area: "income",
    level: 3,
    wording: "Serious debt or no income, leaving the family without essentials.",
    active: true,
  },
  {
    code: "FE-SOC-2",
    domain: "family_environment",
    area: "social_integration",
    level: 2,
    wording: "The family is isolated, new to the area, or facing hostility from neighbours.",
    active: true,
  },
  {
    code: "FE-COM-1",
    domain: "family_environment",
    area: "community_resources",
    level: 1,
    wording: "The family uses local services such as the children's centre, library or youth club.",
    active: true,
  },
];
