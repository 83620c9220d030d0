import { createReadStream, createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { randomBytes } from "node:crypto";
import { censusChildrenAfter, type Db } from "@hearth/db";
import {
  CensusReturnTally,
  censusChildXml,
  censusReportCsvHeader,
  censusReportCsvLine,
  censusReportRows,
  censusXmlFooter,
  censusXmlHeader,
  checkCensusChild,
  checkContext,
  type CensusFinding,
  type CensusXmlHeader,
} from "@hearth/domain";
import type { ReturnFileStore } from "@hearth/jobs";
import { chunkedText, writeText } from "./write-text";

/**
 * The CIN census, streamed: a batch of children is read, written to the XML, checked by the
 * domain's census checker and written to the report, then dropped, so memory does not grow with
 * the number of children. The report lists errors before queries without holding either: errors
 * go straight into it, queries into a scratch file appended at the end.
 */
export interface CensusExportOptions {
  db: Db;
  store: ReturnFileStore;
  keys: { file: string; report: string };
  header: Omit<CensusXmlHeader, "censusYear">;
  censusYear: number;
  /** Where a child's record opens, e.g. https://hearth.example.gov.uk/fss/people/ (the id follows). */
  recordBaseUrl: string;
  /** The children in scope (countCensusChildren), for progress. */
  total: number;
  batchSize?: number;
  /** Called after each batch; the worker records it on the job and the run's row. */
  onProgress?: (done: number, total: number) => Promise<void> | void;
}

export interface CensusExportResult {
  children: number;
  errorCount: number;
  queryCount: number;
  totalsByRule: Record<string, number>;
  fileBytes: number;
}

export async function exportCinCensus(options: CensusExportOptions): Promise<CensusExportResult> {
  const { db, store, censusYear } = options;
  const batchSize = options.batchSize ?? 1_000;
  const { total } = options;
  await store.discardUnfinished([options.keys.file, options.keys.report]);

  const xml = await store.create(options.keys.file);
  const report = await store.create(options.keys.report);
  const queriesPath = join(tmpdir(), `hearth-census-queries-${randomBytes(6).toString("hex")}.csv`);
  const queries = createWriteStream(queriesPath);
  try {
    const ctx = checkContext({ censusYear });
    // people.upn is unique and LA child ids come from person ids, so no key repeats; the rules
    // 1520 and 8510 still run, on keys the database itself guarantees.
    const tally = new CensusReturnTally(ctx, { upns: new Set(), laChildIds: new Set() });
    const totals = new Map<string, number>();
    let errorCount = 0;
    let queryCount = 0;
    const reportLines = (child: Parameters<typeof censusReportRows>[0], findings: CensusFinding[]) => {
      let errors = "";
      let queryLines = "";
      for (const row of censusReportRows(child, findings)) {
        totals.set(row.code, (totals.get(row.code) ?? 0) + 1);
        if (row.severity === "error") {
          errorCount++;
          errors += censusReportCsvLine(row);
        } else {
          queryCount++;
          queryLines += censusReportCsvLine(row);
        }
      }
      return { errors, queryLines };
    };

    await writeText(xml.stream, censusXmlHeader({ ...options.header, censusYear }));
    await writeText(report.stream, censusReportCsvHeader);
    const xmlChunks = chunkedText(xml.stream);
    let done = 0;
    // The next batch is read while this one is written and checked: PostgreSQL builds it on the
    // other core. Two batches at most are held, however many children there are.
    const read = (after: string | null) => censusChildrenAfter(db, { censusYear, afterPersonId: after, limit: batchSize });
    let next = read(null);
    next.catch(() => {});
    for (;;) {
      const batch = await next;
      if (batch.length === 0) break;
      next = batch.length < batchSize ? Promise.resolve([]) : read(batch.at(-1)!.personId);
      // Handled here so a failure while this batch is written is not also an unhandled rejection.
      next.catch(() => {});
      let errorText = "";
      let queryText = "";
      for (const { personId, child } of batch) {
        xmlChunks.add(censusChildXml(child));
        const findings = [...checkCensusChild(child, ctx), ...tally.add(child)];
        if (findings.length === 0) continue;
        const lines = reportLines(
          {
            laChildId: child.laChildId,
            episodeReferralDates: child.episodes.map((e) => e.referralDate),
            recordUrl: `${options.recordBaseUrl}${personId}`,
          },
          findings,
        );
        errorText += lines.errors;
        queryText += lines.queryLines;
      }
      await xmlChunks.flush();
      await writeText(report.stream, errorText);
      await writeText(queries, queryText);
      done += batch.length;
      await options.onProgress?.(done, total);
    }
    await writeText(xml.stream, censusXmlFooter);

    const whole = reportLines(null, tally.totals());
    await writeText(report.stream, whole.errors);
    await writeText(queries, whole.queryLines);
    await new Promise<void>((resolve, reject) => queries.end((error?: Error | null) => (error ? reject(error) : resolve())));
    await pipeline(createReadStream(queriesPath), report.stream, { end: false });

    const fileBytes = await xml.commit();
    await report.commit();
    return { children: done, errorCount, queryCount, totalsByRule: Object.fromEntries(totals), fileBytes };
  } catch (error) {
    await Promise.all([xml.discard(), report.discard()]);
    throw error;
  } finally {
    queries.destroy();
    await rm(queriesPath, { force: true });
  }
}
