import type { IsoDate } from "../../calendar/iso-date";
import { censusChildSchema, type CensusChild, type CensusChildInput } from "../census-child";
import { censusFinding, type CensusFinding } from "./census-rules";
import { checkContext, type CensusCheckOptions } from "./check-context";
import { CensusReturnTally, repeatedKeys } from "./return-tally";

/**
 * The rules that need the whole return: duplicates across children and the LA-wide proportions.
 * Run when the census file is built, after checkChildForCensus has been run for each child.
 * Paths start with ["children", index] for a child's problem, and are empty for the whole return.
 * The export streams the same rules through CensusReturnTally; this is the all-in-memory form.
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
  const tally = new CensusReturnTally(ctx, {
    upns: repeatedKeys(children.map((c) => c.upn)),
    laChildIds: repeatedKeys(children.map((c) => c.laChildId)),
  });
  for (const child of children) f.push(...tally.add(child));
  return [...f, ...tally.totals()];
}
