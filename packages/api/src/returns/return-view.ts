import type { getStatutoryReturn } from "@hearth/db";
import { sortedRuleTotals } from "@hearth/domain";
import type { ReturnFileKind } from "./download-return-file";
import type { StatutoryReturnView } from "./output-schemas";

type ReturnRow = NonNullable<Awaited<ReturnType<typeof getStatutoryReturn>>>;

/** The download routes apps/api serves (return-downloads.ts); the files themselves never pass through tRPC. */
export const returnDownloadPath = (returnId: string, file: ReturnFileKind) => `/returns/${returnId}/${file}`;

export function statutoryReturnView(row: ReturnRow): StatutoryReturnView {
  const complete = row.status === "completed";
  return {
    id: row.id,
    collectionYear: row.collectionYear,
    referenceDate: row.referenceDate,
    serialNo: row.serialNo,
    status: row.status,
    startedAt: row.startedAt,
    completedAt: row.completedAt,
    startedByName: row.startedByName,
    childrenInScope: row.childrenInScope,
    childrenDone: row.childrenDone,
    errorCount: row.errorCount,
    queryCount: row.queryCount,
    totalsByRule: sortedRuleTotals(new Map(Object.entries(row.totalsByRule ?? {}))),
    failureReason: row.failureReason,
    fileUrl: complete ? returnDownloadPath(row.id, "file") : null,
    reportUrl: complete ? returnDownloadPath(row.id, "report") : null,
    recordsUrl: complete && row.recordsKey ? returnDownloadPath(row.id, "records") : null,
    fileBytes: row.fileBytes,
  };
}
