import { accessEventsOfPerson, breakGlassReasonsFor, familyIdsOfPerson, getPerson, listAreas, type Db } from "@hearth/db";
import { accessKindOf, accessLogCsv, accessRouteOf, roleLabels } from "@hearth/domain";
import type { ScopedContext } from "../context";
import { withRecordInScope } from "../scope";
import { audit } from "../trpc";

/** Enough for any one person's history on screen; the CSV takes the same list. */
const LOG_LIMIT = 5_000;

/** The person the log is about, if the caller may see their area's records (data officers: the county). */
export async function subjectOf(tx: Db, personId: string) {
  const person = await getPerson(tx, personId);
  if (!person) return null;
  const area = (await listAreas(tx)).find((a) => a.id === person.areaId);
  return { ...person, areaName: area?.name ?? "" };
}

/** The accesses to one person, as the screen, the CSV and the subject access export show them. */
export async function accessLogOf(tx: Db, personId: string) {
  const familyIds = await familyIdsOfPerson(tx, personId);
  const [events, reasons] = await Promise.all([
    accessEventsOfPerson(tx, { personId, familyIds, limit: LOG_LIMIT + 1 }),
    breakGlassReasonsFor(tx, personId),
  ]);
  const entries = events.slice(0, LOG_LIMIT).map((e) => {
    const grantId = typeof e.detail?.grantId === "string" ? e.detail.grantId : null;
    const refusal = typeof e.detail?.reason === "string" ? e.detail.reason : "";
    return {
      id: e.id,
      at: e.at.toISOString(),
      who: e.actorName ? `${e.actorName} (${e.actorEmail})` : "No account (a family or the public)",
      actorRole: e.actorRole,
      kind: accessKindOf(e),
      route: accessRouteOf(e, personId),
      action: e.action,
      reason: (grantId && reasons.get(grantId)) || refusal,
    };
  });
  return { entries, truncated: events.length > LOG_LIMIT };
}

/**
 * Who looked at whom (issue 15 §3): every access to one person's record from the audit trail, for
 * a subject access request or an investigation. Data officers see anyone; the managers who answer
 * for an area's records, that area's people (others are answered as unknown, and audited). The
 * look itself is audited against the person, so it appears in the next look.
 */
export function readPersonAccessLog(ctx: ScopedContext, personId: string) {
  const event = { action: "person.accessLog.read", entityType: "person", entityId: personId };
  return withRecordInScope(
    ctx,
    event,
    (tx) => subjectOf(tx, personId),
    async (tx, person) => {
      const log = await accessLogOf(tx, personId);
      await audit(ctx, tx, event);
      const { id, firstName, lastName, dateOfBirth, areaName } = person;
      return { person: { id, firstName, lastName, dateOfBirth, areaName }, ...log };
    },
  );
}

/** The same list as CSV; the download is audited apart from a look at the screen. */
export function downloadPersonAccessLog(ctx: ScopedContext, personId: string) {
  const event = { action: "person.accessLog.download", entityType: "person", entityId: personId };
  return withRecordInScope(
    ctx,
    event,
    (tx) => subjectOf(tx, personId),
    async (tx, person) => {
      const { entries } = await accessLogOf(tx, personId);
      await audit(ctx, tx, { ...event, detail: { rows: entries.length } });
      const csv = accessLogCsv(entries.map((e) => ({ ...e, role: e.actorRole ? roleLabels[e.actorRole] : "" })));
      return { filename: `access-log-${person.lastName}-${person.firstName}.csv`.toLowerCase().replace(/[^a-z0-9.-]+/g, "-"), csv };
    },
  );
}
