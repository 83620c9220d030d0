/** One CSV cell for files staff open in a spreadsheet (returns' reports and record lists). */
export const csvCell = (value: string) => {
  // A leading = + - @ would run as a formula in a spreadsheet; quoting alone does not stop that.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};
