import { censusYearOf, formatDate, type CensusReturnStart } from "@hearth/domain";
import type { ScopedContext } from "../context";
import { startReturnRun } from "./start-return-run";

/** Starts a run of the CIN census for the year ending on the reference date (31 March, checked by the schema). */
export function startCinCensus(ctx: ScopedContext, input: CensusReturnStart) {
  return startReturnRun(ctx, {
    kind: "cin_census",
    job: "returns.cin-census",
    collectionYear: censusYearOf(input.referenceDate),
    referenceDate: input.referenceDate,
    field: "referenceDate",
    alreadyRunning: `A census for ${formatDate(input.referenceDate)} is already being built: wait for it to finish before starting another`,
  });
}
