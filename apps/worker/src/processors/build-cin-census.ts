import {
  beginStatutoryReturn,
  completeStatutoryReturn,
  countCensusChildren,
  failStatutoryReturn,
  getStatutoryReturn,
  recordStatutoryReturnProgress,
} from "@hearth/db";
import { returnFileKeys } from "@hearth/jobs";
import { exportCinCensus } from "../returns/cin-census-export";
import type { Processor } from "./types";

/** The header's SoftwareCode: how COLLECT knows which system made the file. */
export const CENSUS_SOFTWARE_CODE = "HEARTH";
/** The run's row is written at most this often; the job's own progress follows every batch. */
const PROGRESS_ROW_EVERY_MS = 1_000;

/**
 * One run of the CIN census (issue 14 §1). A retried job (the worker restarted, or the last try
 * failed) builds the whole return again from the start into new temporary files; the files only
 * take their names, fixed by the run's id, when complete, and the row is marked complete after
 * that. So a run has exactly one file however often it is tried, and a failure leaves none.
 */
export const buildCinCensusProcessor: Processor<"returns.cin-census"> = async ({ returnId }, deps, attempt) => {
  const run = await getStatutoryReturn(deps.db, returnId);
  if (!run || run.status === "completed" || run.status === "failed") return { skipped: true };
  const total = await countCensusChildren(deps.db, run.collectionYear);
  if (!(await beginStatutoryReturn(deps.db, { id: returnId, childrenInScope: total }))) return { skipped: true };
  const keys = returnFileKeys("cin-census", returnId);
  let recordedAt = 0;
  try {
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
      onProgress: async (done) => {
        await attempt.progress({ done, total });
        if (Date.now() - recordedAt < PROGRESS_ROW_EVERY_MS && done < total) return;
        recordedAt = Date.now();
        await recordStatutoryReturnProgress(deps.db, { id: returnId, childrenDone: done });
      },
    });
    await completeStatutoryReturn(deps.db, {
      id: returnId,
      completedAt: deps.now(),
      childrenDone: result.children,
      errorCount: result.errorCount,
      queryCount: result.queryCount,
      totalsByRule: result.totalsByRule,
      fileKey: keys.file,
      reportKey: keys.report,
      fileBytes: result.fileBytes,
    });
    deps.log.info({ returnId, children: result.children, errors: result.errorCount, queries: result.queryCount }, "CIN census built");
    return { children: result.children };
  } catch (error) {
    if (attempt.isLast) await failStatutoryReturn(deps.db, { id: returnId, reason: failureReason(error) });
    throw error;
  }
};

/** What the returns page says about a failed run: the kind of failure, never the error's text. */
export function failureReason(error: unknown): string {
  const code = (error as { code?: string } | null)?.code ?? "";
  if (["ENOSPC", "EDQUOT"].includes(code)) return "The returns folder is full: ask for more space, then start the return again.";
  if (["EACCES", "EPERM", "EROFS", "ENOENT", "ENOTDIR", "EISDIR"].includes(code))
    return "The file could not be saved in the returns folder: ask for it to be made writable, then start again.";
  if (/^[0-9A-Z]{5}$/.test(code) || code === "CONNECTION_CLOSED" || code === "ECONNREFUSED")
    return "The episodes could not be read from the database: try again later, and ask for help if it happens again.";
  return "The return could not be built because of an unexpected problem: try again, and ask for help if it happens again.";
}
