import { z } from "zod";

/** What one audited access to a person's record was, as a subject access request or an investigation needs it. */
export const accessKinds = ["read", "change", "refused", "break_glass"] as const;
export type AccessKind = (typeof accessKinds)[number];
export const accessKindLabels: Record<AccessKind, string> = {
  read: "Read",
  change: "Change",
  refused: "Refused",
  break_glass: "Broke the glass",
};

/** How the person came to be shown: their own record, a family record, or a list naming their family. */
export const accessRoutes = ["record", "family", "list"] as const;
export type AccessRoute = (typeof accessRoutes)[number];
export const accessRouteLabels: Record<AccessRoute, string> = {
  record: "Their own record",
  family: "A family record they belong to",
  list: "A list or register that showed them",
};

// Audit actions name what was done (`family.read`, `person.read-summary`, `centre.day.read`,
// `returns.download`); those that only looked carry one of these words.
const READ_WORDS = /(^|[.-])(read|get|list|search|download|export|register|day|summary|accessLog)([.-]|$)/;

export function accessKindOf(event: { action: string; outcome: "allowed" | "denied" }): AccessKind {
  if (event.action.includes("break_glass")) return event.outcome === "denied" ? "refused" : "break_glass";
  if (event.outcome === "denied") return "refused";
  return READ_WORDS.test(event.action) ? "read" : "change";
}

export function accessRouteOf(event: { entityType: string; entityId: string | null }, personId: string): AccessRoute {
  if (event.entityType === "person" && event.entityId === personId) return "record";
  if (event.entityType === "family") return "family";
  return "list";
}

export const personAccessLogSchema = z.object({ personId: z.uuid({ error: "Choose a person" }) });
export type PersonAccessLogInput = z.infer<typeof personAccessLogSchema>;

const csvCell = (v: string) => (/[",\r\n]/.test(v) || /^[=+\-@]/.test(v) ? `"${(/^[=+\-@]/.test(v) ? "'" : "") + v.replace(/"/g, '""')}"` : v);

export interface AccessLogCsvRow {
  at: string;
  who: string;
  role: string;
  kind: AccessKind;
  route: AccessRoute;
  action: string;
  reason: string;
}

/**
 * The log as CSV for a subject access request or an investigation: one row an access, newest
 * first. A cell starting with = + - or @ is quoted and prefixed so a spreadsheet never runs it.
 */
export function accessLogCsv(rows: readonly AccessLogCsvRow[]): string {
  const header = ["When", "Who", "Role", "What", "How they were shown", "Audited action", "Reason given"];
  const lines = rows.map((r) => [r.at, r.who, r.role, accessKindLabels[r.kind], accessRouteLabels[r.route], r.action, r.reason]);
  return [header, ...lines].map((line) => line.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
