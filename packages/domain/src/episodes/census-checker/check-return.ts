import type { IsoDate } from "../../calendar/iso-date";
import { censusChildSchema, type CensusChild, type CensusChildInput } from "../census-child";
import { censusFinding, type CensusFinding } from "./census-rules";
import { checkContext, type CensusCheckOptions } from "./check-context";
import { initialConferences } from "./episode-activity-rules";

/**
 * The rules that need the whole return: duplicates across children and the LA-wide proportions.
 * Run when the census file is built, after checkChildForCensus has been run for each child.
 * Paths start with ["children", index] for a child's problem, and are empty for the whole return.
 */
export function checkCensusReturn(
  header: { referenceDate: IsoDate },
  inputs: readonly (CensusChildInput | CensusChild)[],
  options: CensusCheckOptions,
): CensusFinding[] {
  const ctx = checkContext(options);
  const children = inputs.map((c) => censusChildSchema.parse(c));
  const f: CensusFinding[] = [];
  if (header.referenceDate !== ctx.referenceDate) {
    f.push(censusFinding("100", `The reference date must be ${ctx.referenceDate}, not ${header.referenceDate}`, ["referenceDate"]));
  }
  const duplicates = (key: (c: CensusChild) => string | null | undefined, code: "1520" | "8510", what: string, field: string) => {
    const seen = new Map<string, number>();
    children.forEach((c, i) => {
      const value = key(c)?.trim().toUpperCase();
      if (!value) return;
      const first = seen.get(value);
      if (first === undefined) seen.set(value, i);
      else f.push(censusFinding(code, `This child has the same ${what} as child ${first + 1} in the return`, ["children", i, field]));
    });
  };
  duplicates((c) => c.upn, "1520", "UPN", "upn");
  duplicates((c) => c.laChildId, "8510", "LA child ID", "laChildId");

  const episodes = children.flatMap((c) => c.episodes);
  const plansStarting = episodes.flatMap((e) => e.cpPlans).filter((p) => p.startDate && ctx.inCensusYear(p.startDate)).length;
  const conferences = episodes.flatMap((e) => initialConferences(e, [])).filter((c) => ctx.inCensusYear(c.date)).length;
  if (plansStarting > conferences) {
    f.push(
      censusFinding("2883", `${plansStarting} child protection plans start in the year but only ${conferences} initial conferences are recorded`, []),
    );
  }

  const born = children.filter((c) => c.dateOfBirth);
  const noSex = born.filter((c) => !c.sex || c.sex === "U").length;
  if (born.length > 0 && noSex / born.length > 0.02) {
    f.push(censusFinding("2886Q", `${noSex} of ${born.length} born children (${Math.round((noSex / born.length) * 100)}%) have no sex recorded`, []));
  }
  const disabilityLists = children.map((c) => c.disabilities.filter((d) => d !== "NONE"));
  const used = new Set(disabilityLists.flat());
  if (used.size < 8) f.push(censusFinding("2887Q", `Only ${used.size} different disability codes are used in the return`, []));
  if (used.size > 0 && disabilityLists.every((list) => list.length <= 1)) {
    f.push(censusFinding("2888Q", "No child has more than one disability recorded: record every disability that applies", []));
  }
  return f;
}
