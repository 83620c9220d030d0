import { chronologyKindLabels, chronologyServiceLabels, formatDate, formatLondonTime, londonDateOf } from "@hearth/domain";
import type { RouterOutputs } from "@hearth/api";

export type ChronologyEvent = RouterOutputs["chronology"]["list"]["events"][number];

/**
 * A spreadsheet cell: quoted, and a leading =, +, - or @ defused with an apostrophe, because a
 * summary typed as "=HYPERLINK(…)" would otherwise run as a formula in the reader's spreadsheet.
 */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

const HEADER = ["Date", "Time", "Service", "Event", "Session", "Summary", "About", "Significant", "Recorded by", "Edited"];

/** The chronology as a CSV file's text, newest first as on screen, with UK dates and London times. */
export function chronologyCsv(events: ChronologyEvent[], nameOf: (personId: string) => string): string {
  const rows = events.map((e) => {
    const at = new Date(e.occurredAt);
    return [
      formatDate(londonDateOf(at)),
      e.dateOnly ? "" : formatLondonTime(at),
      chronologyServiceLabels[e.service],
      chronologyKindLabels[e.kind],
      e.title ?? "",
      e.summary,
      e.personIds.length ? e.personIds.map(nameOf).join("; ") : "Whole family",
      e.significant ? "Yes" : "No",
      e.by ?? "",
      e.entry?.editedAt ? formatDate(londonDateOf(new Date(e.entry.editedAt))) : "",
    ];
  });
  return [HEADER, ...rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}
