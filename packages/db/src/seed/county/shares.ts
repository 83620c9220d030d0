import type { Disability, Ethnicity } from "@hearth/domain";
import { weighted } from "./random";

/**
 * The shares the county is drawn with, rounded from public figures (2021 census for Oxfordshire,
 * DfE "Special educational needs in England" for SEN). Realistic enough for screens, reports and
 * load; not a model of any real place.
 */

/** Children per household (ONS families and households): most have one or two. */
export const childrenPerHousehold = weighted([
  [1, 40],
  [2, 38],
  [3, 15],
  [4, 5],
  [5, 2],
] as const);
/** Adults per household: about a quarter are lone parents; some live with a grandparent. */
export const adultsPerHousehold = weighted([
  [1, 25],
  [2, 70],
  [3, 5],
] as const);

/** Rough population weight of each postcode district in the county's localities. */
export const districtWeights = weighted([
  ["OX16", 6],
  ["OX15", 2],
  ["OX17", 2],
  ["OX25", 1],
  ["OX26", 5],
  ["OX27", 1],
  ["OX5", 3],
  ["OX28", 4],
  ["OX29", 4],
  ["OX18", 3],
  ["OX7", 2],
  ["OX20", 1],
  ["OX3", 7],
  ["OX4", 10],
  ["OX1", 2],
  ["OX2", 5],
  ["OX33", 1],
  ["OX44", 1],
  ["OX13", 2],
  ["OX14", 5],
  ["OX11", 5],
  ["OX12", 3],
  ["OX10", 3],
  ["OX9", 2],
  ["RG9", 2],
  ["OX39", 1],
  ["OX49", 1],
] as const);

/** Children's ethnicity (census codes). Oxfordshire is mostly White British, more diverse in Oxford. */
export const ethnicityShares = weighted<Ethnicity>([
  ["WBRI", 70],
  ["WIRI", 0.6],
  ["WIRT", 0.1],
  ["WOTH", 6.5],
  ["WROM", 0.2],
  ["MWBC", 1.5],
  ["MWBA", 1],
  ["MWAS", 2.4],
  ["MOTH", 2],
  ["AIND", 2.2],
  ["APKN", 2.6],
  ["ABAN", 0.7],
  ["AOTH", 1.4],
  ["BCRB", 0.5],
  ["BAFR", 2.2],
  ["BOTH", 0.3],
  ["CHNE", 0.8],
  ["OOTH", 1.5],
  ["REFU", 0.8],
  ["NOBT", 2.7],
]);

/** About 14% of school-age pupils have SEN; about a quarter of them (3.5% of all) an EHC plan. */
export const SEN_SHARE = 0.14;
export const EHC_PLAN_SHARE_OF_SEN = 0.25;
/** Most people record no disability; the rest one of the census codes. */
export const childDisabilityShares = weighted<Disability>([
  ["NONE", 90],
  ["COMM", 2],
  ["LD", 2],
  ["AUT", 2.5],
  ["BEH", 1],
  ["MOB", 0.5],
  ["HEAR", 0.5],
  ["VIS", 0.5],
  ["DDA", 1],
]);
export const adultDisabilityShares = weighted<Disability>([
  ["NONE", 84],
  ["MOB", 4],
  ["DDA", 6],
  ["HEAR", 1.5],
  ["VIS", 1],
  ["LD", 1],
  ["COMM", 0.5],
  ["PC", 1],
  ["AUT", 1],
]);
/** Shares of children with an NHS number on record, of adults, and of pupils with a UPN. */
export const CHILD_NHS_SHARE = 0.97;
export const ADULT_NHS_SHARE = 0.7;
export const PUPIL_UPN_SHARE = 0.85;
