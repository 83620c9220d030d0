import { collectionYearOf } from "../calendar/collection-year";
import type { IsoDate } from "../calendar/iso-date";
import type { CensusChild } from "./census-child";
import type { CensusFinding, CensusRuleCode } from "./census-checker/census-rules";
import { checkChildForCensus } from "./census-checker/check-child";
import type { EpisodePartKind } from "./episode-parts";

/**
 * The census checker run while the work is recorded: which problems are refused outright and
 * which are warnings, and which record and field each concerns, so a screen can put it beside
 * the field and a list can link to the record that fixes it.
 */

/**
 * Rules that no later work can put right: dates out of order within an episode, plans that
 * overlap, work on a referral that led to no further action or after the case closed. A save
 * that breaks one of these is refused. Every other rule is a warning, because the record may
 * still be completed (an assessment not yet authorised, a plan still to be ended).
 */
export const refusedCensusRules: ReadonlySet<CensusRuleCode> = new Set<CensusRuleCode>([
  "1103", // assessment before the referral
  "1104", // initial conference before the referral
  "1105", // child protection plan before the referral
  "2889", // section 47 before the referral
  "4015", // CIN plan before the referral
  "8630", // closure before the referral
  "8565", // work recorded after the case closed
  "8608", // assessment authorised before it started
  "8615", // conference before the section 47 started
  "4011", // CIN plan ends before it starts
  "8925", // child protection plan ends before it starts
  "4014", // CIN plans overlap
  "8940", // child protection plans overlap
  "8820", // episodes overlap
  "4000", // CIN plan on a referral with no further action
  "8831", // assessment, enquiry or conference on a referral with no further action
  "8832", // child protection plan on a referral with no further action
  "2990", // plans or enquiries on a case closed after assessment
]);

/** The database ids behind one episode of a CensusChild, in the same order as its lists. */
export interface CensusEpisodeIds {
  referralId: string;
  assessments: string[];
  cinPlans: string[];
  section47s: string[];
  cpPlans: string[];
}

/** A child's census record as stored: `ids[i]` names the records of `child.episodes[i]`. */
export interface StoredCensusChild {
  child: CensusChild;
  ids: CensusEpisodeIds[];
}

export interface CensusProblem {
  code: CensusRuleCode;
  severity: "error" | "query";
  /** Refused when a save brings it about; otherwise a warning to put right before the return. */
  refused: boolean;
  message: string;
  /** "child" for the child's own details (UPN, sex, ethnicity, disabilities). */
  part: EpisodePartKind | "child";
  referralId: string | null;
  /** The record to fix: for a referral or closure, the referral's id; null for the child's details. */
  recordId: string | null;
  field: string;
}

const listParts = { assessments: "assessment", cinPlans: "cinPlan", section47s: "section47", cpPlans: "cpPlan" } as const;
const closureFields = new Set(["closureDate", "reasonForClosure"]);

/** Which stored record and field a finding's path (["episodes", 0, "cpPlans", 1, "endDate"]) points at. */
export function locateFinding(
  finding: CensusFinding,
  ids: readonly CensusEpisodeIds[],
): Omit<CensusProblem, "code" | "severity" | "refused" | "message"> {
  const [top, index, list, item, field] = finding.path;
  const episode = top === "episodes" && typeof index === "number" ? ids[index] : undefined;
  if (!episode) return { part: "child", referralId: null, recordId: null, field: String(top ?? "child") };
  if (typeof list === "string" && list in listParts && typeof item === "number") {
    const key = list as keyof typeof listParts;
    return { part: listParts[key], referralId: episode.referralId, recordId: episode[key][item] ?? null, field: String(field ?? "startDate") };
  }
  const name = String(list ?? "referralDate");
  return { part: closureFields.has(name) ? "closure" : "referral", referralId: episode.referralId, recordId: episode.referralId, field: name };
}

/**
 * The census year a day's work is returned in: 2026 for anything recorded between 1 April 2025
 * and 31 March 2026.
 */
export function censusYearOn(today: IsoDate): number {
  return collectionYearOf(today).endYear;
}

/** Episodes the census of that year carries: those not closed before the year began. */
function inCensus(stored: StoredCensusChild, year: number): StoredCensusChild {
  const { startsOn } = collectionYearOf(`${year}-03-31`);
  const keep = stored.child.episodes.map((e) => !e.closureDate || e.closureDate >= startsOn);
  return {
    child: { ...stored.child, episodes: stored.child.episodes.filter((_, i) => keep[i]) },
    ids: stored.ids.filter((_, i) => keep[i]),
  };
}

/** Every census problem with the child's record as it stands on `today`, each placed on its record and field. */
export function censusProblemsOf(stored: StoredCensusChild, today: IsoDate): CensusProblem[] {
  const year = censusYearOn(today);
  const current = inCensus(stored, year);
  // A child with no episode this year is not in the census at all: nothing to return, nothing wrong.
  if (!current.child.episodes.length) return [];
  return checkChildForCensus(current.child, { censusYear: year }).map((f) => ({
    code: f.code,
    severity: f.severity,
    refused: refusedCensusRules.has(f.code),
    message: f.message,
    ...locateFinding(f, current.ids),
  }));
}

const problemKey = (p: CensusProblem) => `${p.code}|${p.recordId ?? "child"}|${p.field}`;

/**
 * The problems a save would bring about that can never be valid. Problems already there before
 * it (data from before the checks, or another record's) do not stop an unrelated save.
 */
export function newRefusedProblems(before: readonly CensusProblem[], after: readonly CensusProblem[]): CensusProblem[] {
  const had = new Set(before.map(problemKey));
  return after.filter((p) => p.refused && !had.has(problemKey(p)));
}
