import { beginStatutoryReturn, completeStatutoryReturn, failStatutoryReturn, getStatutoryReturn, recordStatutoryReturnProgress } from "@hearth/db";
import { returnFileKeys } from "@hearth/jobs";
import type { Attempt, ProcessorDeps } from "./types";

type Run = NonNullable<Awaited<ReturnType<typeof getStatutoryReturn>>>;

/** What a return's builder reports when both its files are committed. */
export interface BuiltReturn {
  done: number;
  errorCount: number;
  queryCount: number;
  totalsByRule: Record<string, number>;
  fileBytes: number;
  /** True when the return also wrote the spreadsheet of its records (keys.records). */
  withRecords?: boolean;
}

/** The run's row is written at most this often; the job's own progress follows every batch. */
const PROGRESS_ROW_EVERY_MS = 1_000;

/**
 * One run of any statutory return (CIN census, NCCIS): the lifecycle they share. A retried job
 * (the worker restarted, or the last try failed) builds the whole return again from the start into
 * new temporary files; the files only take their names, fixed by the run's id, when complete, and
 * the row is marked complete after that. So a run has exactly one file however often it is tried,
 * and a failure leaves none.
 */
export async function runStatutoryReturn(
  returnId: string,
  deps: ProcessorDeps,
  attempt: Attempt,
  returnKind: {
    files: Parameters<typeof returnFileKeys>[0];
    count: (run: Run) => Promise<number>;
    build: (run: Run, keys: ReturnType<typeof returnFileKeys>, total: number, onProgress: (done: number) => Promise<void>) => Promise<BuiltReturn>;
  },
) {
  const run = await getStatutoryReturn(deps.db, returnId);
  if (!run || run.status === "completed" || run.status === "failed") return { skipped: true };
  const total = await returnKind.count(run);
  if (!(await beginStatutoryReturn(deps.db, { id: returnId, childrenInScope: total }))) return { skipped: true };
  const keys = returnFileKeys(returnKind.files, returnId);
  let recordedAt = 0;
  try {
    const result = await returnKind.build(run, keys, total, async (done) => {
      await attempt.progress({ done, total });
      if (Date.now() - recordedAt < PROGRESS_ROW_EVERY_MS && done < total) return;
      recordedAt = Date.now();
      await recordStatutoryReturnProgress(deps.db, { id: returnId, childrenDone: done });
    });
    await completeStatutoryReturn(deps.db, {
      id: returnId,
      completedAt: deps.now(),
      childrenDone: result.done,
      errorCount: result.errorCount,
      queryCount: result.queryCount,
      totalsByRule: result.totalsByRule,
      fileKey: keys.file,
      reportKey: keys.report,
      recordsKey: result.withRecords ? keys.records : null,
      fileBytes: result.fileBytes,
    });
    deps.log.info({ returnId, kind: run.kind, done: result.done, errors: result.errorCount, queries: result.queryCount }, "statutory return built");
    return { done: result.done };
  } catch (error) {
    if (attempt.isLast) await failStatutoryReturn(deps.db, { id: returnId, reason: failureReason(error) });
    throw error;
  }
}

/** What the returns page says about a failed run: the kind of failure, never the error's text. */
export function failureReason(error: unknown): string {
  const code = (error as { code?: string } | null)?.code ?? "";
  if (["ENOSPC", "EDQUOT"].includes(code)) return "The returns folder is full: ask for more space, then start the return again.";
  if (["EACCES", "EPERM", "EROFS", "ENOENT", "ENOTDIR", "EISDIR"].includes(code))
    return "The file could not be saved in the returns folder: ask for it to be made writable, then start again.";
  if (/^[0-9A-Z]{5}$/.test(code) || code === "CONNECTION_CLOSED" || code === "ECONNREFUSED")
    return "The records could not be read from the database: try again later, and ask for help if it happens again.";
  return "The return could not be built because of an unexpected problem: try again, and ask for help if it happens again.";
}
