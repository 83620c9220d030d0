import { censusChildrenAfter, type Db } from "@hearth/db";
import {
  CensusReturnTally,
  censusChildXml,
  censusReportCsvHeader,
  censusReportRows,
  censusXmlFooter,
  censusXmlHeader,
  checkCensusChild,
  checkContext,
  type CensusFinding,
  type CensusXmlHeader,
} from "@hearth/domain";
import type { ReturnFileStore } from "@hearth/jobs";
import { ValidationReportFile } from "./validation-report-file";
import { chunkedText, writeText } from "./write-text";

/**
 * The CIN census, streamed: a batch of children is read, written to the XML, checked by the
 * domain's census checker and written to the report (ValidationReportFile: errors before queries),
 * then dropped, so memory does not grow with the number of children.
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
  let findings: ValidationReportFile | null = null;
  try {
    const ctx = checkContext({ censusYear });
    // people.upn is unique and LA child ids come from person ids, so no key repeats; the rules
    // 1520 and 8510 still run, on keys the database itself guarantees.
    const tally = new CensusReturnTally(ctx, { upns: new Set(), laChildIds: new Set() });
    findings = await ValidationReportFile.open(report.stream, censusReportCsvHeader);

    await writeText(xml.stream, censusXmlHeader({ ...options.header, censusYear }));
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
      for (const { personId, child } of batch) {
        xmlChunks.add(censusChildXml(child));
        const childFindings: CensusFinding[] = [...checkCensusChild(child, ctx), ...tally.add(child)];
        if (childFindings.length === 0) continue;
        findings.add(
          censusReportRows(
            {
              laChildId: child.laChildId,
              episodeReferralDates: child.episodes.map((e) => e.referralDate),
              recordUrl: `${options.recordBaseUrl}${personId}`,
            },
            childFindings,
          ),
        );
      }
      await xmlChunks.flush();
      await findings.flush();
      done += batch.length;
      await options.onProgress?.(done, total);
    }
    await writeText(xml.stream, censusXmlFooter);

    findings.add(censusReportRows(null, tally.totals()));
    const totals = await findings.finish();

    const fileBytes = await xml.commit();
    await report.commit();
    return { children: done, ...totals, fileBytes };
  } catch (error) {
    await Promise.all([xml.discard(), report.discard()]);
    throw error;
  } finally {
    await findings?.close();
  }
}
