import type { ProgrammeCreate } from "@hearth/domain";

/**
 * Programmes commonly commissioned by English councils' family support services. Ratings are
 * plausible starting values on the Foundations guidebook scale, for a council to check against the
 * current guidebook; descriptions are written in our own words.
 */
export const programmeData: readonly ProgrammeCreate[] = [
  {
    name: "Incredible Years (Preschool Basic)",
    category: "parenting",
    evidenceRating: "4+",
    childAgeFrom: 3,
    childAgeTo: 6,
    levelsOfNeed: [2, 3],
    numberOfSessions: 14,
    completionShare: 0.75,
    description: "Group sessions helping parents build play, praise and calm limit-setting into daily routines.",
  },
  {
    name: "Group Triple P",
    category: "parenting",
    evidenceRating: "3+",
    childAgeFrom: 2,
    childAgeTo: 12,
    levelsOfNeed: [2, 3],
    numberOfSessions: 8,
    completionShare: 0.75,
    description: "Positive parenting strategies practised in a group, with follow-up telephone sessions.",
  },
  {
    name: "Strengthening Families, Strengthening Communities",
    category: "parenting",
    evidenceRating: "3",
    childAgeFrom: 3,
    childAgeTo: 18,
    levelsOfNeed: [2, 3],
    numberOfSessions: 13,
    completionShare: 0.7,
    description: "A culturally inclusive course for parents on relationships, discipline and community involvement.",
  },
  {
    name: "Freedom Programme",
    category: "domestic_abuse_recovery",
    evidenceRating: "not_rated",
    childAgeFrom: 0,
    childAgeTo: 18,
    levelsOfNeed: [2, 3, 4],
    numberOfSessions: 12,
    completionShare: 0.75,
    description: "For women who have experienced domestic abuse: understanding abusive behaviour and its effect on children.",
  },
  {
    name: "Family Nurse Partnership",
    category: "early_attachment",
    evidenceRating: "4",
    childAgeFrom: 0,
    childAgeTo: 2,
    levelsOfNeed: [2, 3],
    numberOfSessions: 52,
    completionShare: 0.6,
    description: "Regular visits from a family nurse for young first-time parents, from pregnancy until the child is two.",
  },
  {
    name: "Incredible Years (Baby)",
    category: "early_attachment",
    evidenceRating: "3",
    childAgeFrom: 0,
    childAgeTo: 1,
    levelsOfNeed: [1, 2],
    numberOfSessions: 9,
    completionShare: 0.75,
    description: "Helping parents of babies read their cues, support early language and look after themselves.",
  },
];
