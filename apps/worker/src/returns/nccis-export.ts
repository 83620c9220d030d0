import { nccisYoungPeopleAfter, type Db } from "@hearth/db";
import {
  checkNccisYoungPerson,
  nccisCsvHeader,
  nccisCsvLine,
  nccisReportCsvHeader,
  nccisReportRows,
  nccisXmlFooter,
  nccisXmlHeader,
  nccisYoungPersonXml,
  type CurrencyPeriods,
  type NccisHeader,
} from "@hearth/domain";
import type { ReturnFileStore } from "@hearth/jobs";
import { ValidationReportFile } from "./validation-report-file";
import { writeText } from "./write-text";

/**
 * The month's NCCIS return, streamed like the census: a batch of young people is read, written to
 * the XML and to the CSV of the same records, checked by the domain's NCCIS checks into the
 * validation report, then dropped, so memory does not grow with the cohort.
 */
export interface NccisExportOptions {
  db: Db;
  store: ReturnFileStore;
  keys: { file: string; report: string; records: string };
  header: NccisHeader;
  /** How long each kind of activity stays current (the API's NEET_CURRENCY_MONTHS). */
  periods: CurrencyPeriods;
  /** Where a young person's NEET record opens, e.g. https://hearth.example.gov.uk/fss/neet/young-people/ (the id follows). */
  recordBaseUrl: string;
  batchSize?: number;
  onProgress?: (done: number) => Promise<void> | void;
}

export async function exportNccis(options: NccisExportOptions) {
  const { db, store, header, keys } = options;
  const batchSize = options.batchSize ?? 1_000;
  const check = { referenceDate: header.referenceDate, periods: options.periods };
  await store.discardUnfinished([keys.file, keys.report, keys.records]);
  const xml = await store.create(keys.file);
  const report = await store.create(keys.report);
  const csv = await store.create(keys.records);
  let findings: ValidationReportFile | null = null;
  try {
    findings = await ValidationReportFile.open(report.stream, nccisReportCsvHeader);
    await writeText(xml.stream, nccisXmlHeader(header));
    await writeText(csv.stream, nccisCsvHeader);
    let done = 0;
    let after: string | null = null;
    for (;;) {
      const batch = await nccisYoungPeopleAfter(db, { referenceDate: header.referenceDate, afterPersonId: after, limit: batchSize });
      if (batch.length === 0) break;
      await writeText(xml.stream, batch.map(nccisYoungPersonXml).join(""));
      await writeText(csv.stream, batch.map(nccisCsvLine).join(""));
      for (const yp of batch) findings.add(nccisReportRows(yp, checkNccisYoungPerson(yp, check), `${options.recordBaseUrl}${yp.personId}`));
      await findings.flush();
      done += batch.length;
      after = batch.at(-1)!.personId;
      await options.onProgress?.(done);
      if (batch.length < batchSize) break;
    }
    await writeText(xml.stream, nccisXmlFooter);
    const totals = await findings.finish();
    const fileBytes = await xml.commit();
    await report.commit();
    await csv.commit();
    return { done, fileBytes, ...totals };
  } catch (error) {
    await Promise.all([xml.discard(), report.discard(), csv.discard()]);
    throw error;
  } finally {
    await findings?.close();
  }
}
