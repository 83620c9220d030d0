/** One CSV cell: numbers as they are, text quoted when it holds a comma, a quote or a line break. */
export const csvCell = (v: string | number) => (typeof v === "number" || !/[",\n]/.test(v) ? String(v) : `"${v.replace(/"/g, '""')}"`);

/** Rows as CSV with Windows line endings, as spreadsheets the council uses expect. */
export function csvCells(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
