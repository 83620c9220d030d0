import { countNccisCohort } from "@hearth/db";
import { exportNccis } from "../returns/nccis-export";
import { CENSUS_SOFTWARE_CODE } from "./build-cin-census";
import { runStatutoryReturn } from "./statutory-return-run";
import type { Processor } from "./types";

/** One month's NCCIS return (issue 14 §2): the same lifecycle, storage and progress as the census. */
export const buildNccisProcessor: Processor<"returns.nccis"> = ({ returnId }, deps, attempt) =>
  runStatutoryReturn(returnId, deps, attempt, {
    files: "nccis",
    count: (run) => countNccisCohort(deps.db, run.referenceDate),
    build: async (run, keys, _total, onProgress) => {
      const result = await exportNccis({
        db: deps.db,
        store: deps.returnFiles,
        keys,
        header: {
          referenceDate: run.referenceDate,
          laCode: deps.settings.census.laCode,
          softwareCode: CENSUS_SOFTWARE_CODE,
          release: deps.settings.census.release,
          serialNo: run.serialNo,
          madeAt: deps.now(),
        },
        periods: deps.settings.neet.currencyPeriods,
        recordBaseUrl: `${deps.settings.publicBaseUrl}/fss/neet/young-people/`,
        onProgress,
      });
      return { ...result, withRecords: true };
    },
  });
