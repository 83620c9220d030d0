import { countCensusChildren } from "@hearth/db";
import { exportCinCensus } from "../returns/cin-census-export";
import { runStatutoryReturn } from "./statutory-return-run";
import type { Processor } from "./types";

export { failureReason } from "./statutory-return-run";

/** The header's SoftwareCode: how COLLECT knows which system made the file. */
export const CENSUS_SOFTWARE_CODE = "HEARTH";

/** One run of the CIN census (issue 14 §1); the run's lifecycle is runStatutoryReturn's. */
export const buildCinCensusProcessor: Processor<"returns.cin-census"> = ({ returnId }, deps, attempt) =>
  runStatutoryReturn(returnId, deps, attempt, {
    files: "cin-census",
    count: (run) => countCensusChildren(deps.db, run.collectionYear),
    build: async (run, keys, total, onProgress) => {
      const result = await exportCinCensus({
        db: deps.db,
        store: deps.returnFiles,
        keys,
        censusYear: run.collectionYear,
        total,
        header: {
          laCode: deps.settings.census.laCode,
          softwareCode: CENSUS_SOFTWARE_CODE,
          release: deps.settings.census.release,
          serialNo: run.serialNo,
          madeAt: deps.now(),
        },
        recordBaseUrl: `${deps.settings.publicBaseUrl}/fss/people/`,
        onProgress,
      });
      return { ...result, done: result.children };
    },
  });
