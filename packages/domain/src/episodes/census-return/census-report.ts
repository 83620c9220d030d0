import type { CensusFinding } from "../census-checker/census-rules";
import { csvCell } from "../../shared/csv";

/**
 * One line of the census validation report: which child, which episode, which rule, what is
 * wrong in plain English, and where to fix it. Whole-return findings have no child.
 */
export interface CensusReportRow {
  laChildId: string;
  /** The episode's referral date, so staff find it among the child's episodes. */
  episodeReferralDate: string;
  code: string;
  severity: CensusFinding["severity"];
  message: string;
  link: string;
}

export interface CensusReportChild {
  laChildId: string | null | undefined;
  episodeReferralDates: readonly (string | null | undefined)[];
  /** Where the child's record opens, absolute so the link works from the downloaded file. */
  recordUrl: string;
}

export function censusReportRows(child: CensusReportChild | null, findings: readonly CensusFinding[]): CensusReportRow[] {
  return findings.map((finding) => {
    const episode = finding.path[0] === "episodes" && typeof finding.path[1] === "number" ? child?.episodeReferralDates[finding.path[1]] : null;
    return {
      laChildId: child?.laChildId ?? "",
      episodeReferralDate: episode ?? "",
      code: finding.code,
      severity: finding.severity,
      message: finding.message,
      link: child?.recordUrl ?? "",
    };
  });
}

export const censusReportCsvHeader = "LA child ID,Episode (referral date),Rule,Severity,Problem,Record\r\n";

const csvField = csvCell;

export function censusReportCsvLine(row: CensusReportRow): string {
  const severity = row.severity === "error" ? "Error" : "Query";
  return [row.laChildId, row.episodeReferralDate, row.code, severity, row.message, row.link].map(csvField).join(",") + "\r\n";
}

/** Counts of findings by rule, errors first, each group by code: the report's totals. */
export function sortedRuleTotals(totals: ReadonlyMap<string, number>): { code: string; severity: CensusFinding["severity"]; count: number }[] {
  return [...totals]
    .map(([code, count]) => ({ code, severity: code.endsWith("Q") ? ("query" as const) : ("error" as const), count }))
    .sort((a, b) => (a.severity === b.severity ? a.code.localeCompare(b.code, "en", { numeric: true }) : a.severity === "error" ? -1 : 1));
}
