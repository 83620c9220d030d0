/**
 * One CSV cell for files staff open in a spreadsheet (returns' reports, record lists, run reports):
 * numbers as they are; text quoted when it holds a comma, a quote or a line break, and a leading
 * = + - @ defused, since it would run as a formula in a spreadsheet and quoting alone does not stop that.
 */
export const csvCell = (value: string | number) => {
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** Rows as CSV with Windows line endings, as spreadsheets the council uses expect. */
export function csvCells(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
