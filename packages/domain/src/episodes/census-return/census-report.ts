import type { CensusFinding } from "../census-checker/census-rules";
import { validationReportCsvHeader, validationReportCsvLine, type ValidationReportRow } from "../../shared/validation-report";

/**
 * The census validation report's lines: which child (their LA child id), which episode (its
 * referral date, so staff find it among the child's episodes), which rule, what is wrong in plain
 * English, and where to fix it. Whole-return findings have no child.
 */
export type CensusReportRow = ValidationReportRow;

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
      subjectId: child?.laChildId ?? "",
      context: episode ?? "",
      code: finding.code,
      severity: finding.severity,
      message: finding.message,
      link: child?.recordUrl ?? "",
    };
  });
}

export const censusReportCsvHeader = validationReportCsvHeader("LA child ID", "Episode (referral date)");
export const censusReportCsvLine = validationReportCsvLine;
