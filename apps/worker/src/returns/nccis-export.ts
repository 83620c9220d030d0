import { nccisYoungPeopleAfter, type Db } from "@hearth/db";
import { nccisCsvHeader, nccisCsvLine, nccisXmlFooter, nccisXmlHeader, nccisYoungPersonXml, type NccisHeader } from "@hearth/domain";
import type { ReturnFileStore } from "@hearth/jobs";
import { writeText } from "./write-text";

/**
 * The month's NCCIS return, streamed like the census: a batch of young people is read, written to
 * the XML and to the CSV of the same records, then dropped, so memory does not grow with the cohort.
 */
export interface NccisExportOptions {
  db: Db;
  store: ReturnFileStore;
  keys: { file: string; report: string };
  header: NccisHeader;
  batchSize?: number;
  onProgress?: (done: number) => Promise<void> | void;
}

export async function exportNccis(options: NccisExportOptions) {
  const { db, store, header } = options;
  const batchSize = options.batchSize ?? 1_000;
  await store.discardUnfinished([options.keys.file, options.keys.report]);
  const xml = await store.create(options.keys.file);
  const csv = await store.create(options.keys.report);
  try {
    await writeText(xml.stream, nccisXmlHeader(header));
    await writeText(csv.stream, nccisCsvHeader);
    let done = 0;
    let after: string | null = null;
    for (;;) {
      const batch = await nccisYoungPeopleAfter(db, { referenceDate: header.referenceDate, afterPersonId: after, limit: batchSize });
      if (batch.length === 0) break;
      await writeText(xml.stream, batch.map(nccisYoungPersonXml).join(""));
      await writeText(csv.stream, batch.map(nccisCsvLine).join(""));
      done += batch.length;
      after = batch.at(-1)!.personId;
      await options.onProgress?.(done);
      if (batch.length < batchSize) break;
    }
    await writeText(xml.stream, nccisXmlFooter);
    const fileBytes = await xml.commit();
    await csv.commit();
    return { done, fileBytes };
  } catch (error) {
    await Promise.all([xml.discard(), csv.discard()]);
    throw error;
  }
}
