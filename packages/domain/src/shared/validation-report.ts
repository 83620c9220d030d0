import { csvCell } from "./csv";

/**
 * One line of a statutory return's validation report (the CIN census's and the NCCIS return's
 * share the shape): whose record, where in it, which rule, what is wrong in plain English, and a
 * link to the record to fix. A rule whose code ends in Q is a query; any other is an error.
 */
export type FindingSeverity = "error" | "query";

export interface ValidationReportRow {
  /** The return's own id for the child or young person; empty for a finding about the whole return. */
  subjectId: string;
  /** Where in the record, in the words of the report's second column (an episode, an activity). */
  context: string;
  code: string;
  severity: FindingSeverity;
  message: string;
  link: string;
}

export const severityOfRule = (code: string): FindingSeverity => (code.endsWith("Q") ? "query" : "error");

/** The report's first line: the two columns that name the record differ by return, the rest do not. */
export const validationReportCsvHeader = (subjectColumn: string, contextColumn: string) =>
  `${[subjectColumn, contextColumn].map(csvCell).join(",")},Rule,Severity,Problem,Record\r\n`;

export function validationReportCsvLine(row: ValidationReportRow): string {
  const severity = row.severity === "error" ? "Error" : "Query";
  return [row.subjectId, row.context, row.code, severity, row.message, row.link].map(csvCell).join(",") + "\r\n";
}

/** Counts of findings by rule, errors first, each group by code: the report's totals. */
export function sortedRuleTotals(totals: ReadonlyMap<string, number>): { code: string; severity: FindingSeverity; count: number }[] {
  return [...totals]
    .map(([code, count]) => ({ code, severity: severityOfRule(code), count }))
    .sort((a, b) => (a.severity === b.severity ? a.code.localeCompare(b.code, "en", { numeric: true }) : a.severity === "error" ? -1 : 1));
}
