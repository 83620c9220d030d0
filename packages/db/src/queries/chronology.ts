import { sql, type SQL } from "drizzle-orm";
import type { ChronologyCursor, ChronologyKind, ChronologyService } from "@hearth/domain";
import type { Db } from "../client";
import { chronologyEntries } from "../schema";
import { chronologySources, LONDON } from "./chronology-sources";
import { rawRows, textArray } from "./raw";

export { chronologySources, type ChronologySource } from "./chronology-sources";

/**
 * A family's chronology is read from each service's own tables at once: one UNION ALL of every
 * source's events, filtered and cut into pages in the database, so the first page of a long
 * chronology costs one indexed statement however many services contribute.
 */

/** Who is asking about which family: only members the reader may see are named or followed. */
export interface ChronologyScope {
  familyId: string;
  /** The members of the family inside the reader's area. */
  visiblePersonIds: readonly string[];
}

export interface ChronologyFilters {
  personId?: string;
  service?: ChronologyService;
  kind?: ChronologyKind;
  /** Calendar dates, inclusive, in London time. */
  from?: string;
  to?: string;
  significantOnly?: boolean;
  cursor?: ChronologyCursor;
  limit: number;
}

export interface ChronologyEvent {
  id: string;
  /** ISO instant, UTC. */
  occurredAt: string;
  service: ChronologyService;
  kind: ChronologyKind;
  title: string | null;
  summary: string;
  personIds: string[];
  significant: boolean;
  by: string | null;
  /** Manual entries know the day but not the time. */
  dateOnly: boolean;
}

type Row = Omit<ChronologyEvent, "occurredAt"> & { occurredAt: string };

/** One page of a family's chronology, newest first, and where the next page starts (if any). */
export async function listChronology(db: Db, scope: ChronologyScope, filters: ChronologyFilters) {
  const family = sql`${scope.familyId}::uuid`;
  const members = sql`${textArray(scope.visiblePersonIds)}::uuid[]`;
  const sources = chronologySources.filter(
    (s) => (!filters.service || s.service === filters.service) && (!filters.kind || s.kinds.includes(filters.kind)),
  );
  if (!sources.length) return { events: [] as ChronologyEvent[], nextCursor: null };

  const union = sql.join(
    sources.map((s) => sql`(${s.events(family, members)})`),
    sql` union all `,
  );
  const where: SQL[] = [sql`true`];
  if (filters.kind) where.push(sql`e.kind = ${filters.kind}`);
  if (filters.personId) where.push(sql`${filters.personId} = any(e.person_ids)`);
  if (filters.significantOnly) where.push(sql`e.significant`);
  if (filters.from) where.push(sql`e.occurred_at >= (${filters.from}::date::timestamp at time zone ${LONDON})`);
  if (filters.to) where.push(sql`e.occurred_at < ((${filters.to}::date + 1)::timestamp at time zone ${LONDON})`);
  if (filters.cursor) where.push(sql`(e.occurred_at, e.id) < (${filters.cursor.occurredAt}::timestamptz, ${filters.cursor.id})`);

  const rows = await rawRows<Row>(
    db,
    sql`
    select e.id, to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "occurredAt",
      e.service, e.kind, e.title, e.summary, e.person_ids as "personIds", e.significant, e.recorded_by as "by", e.date_only as "dateOnly"
    from (${union}) as e(id, occurred_at, service, kind, title, summary, person_ids, significant, recorded_by, date_only)
    where ${sql.join(where, sql` and `)}
    order by e.occurred_at desc, e.id desc
    limit ${filters.limit + 1}`,
  );
  const events = rows.slice(0, filters.limit).map((r) => ({ ...r, personIds: toArray(r.personIds) }));
  const last = events.at(-1);
  const nextCursor = rows.length > filters.limit && last ? { occurredAt: last.occurredAt, id: last.id } : null;
  return { events, nextCursor };
}

/** postgres.js parses text[]; PGlite may leave it as its literal. */
function toArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  const inner = value.replace(/^\{|\}$/g, "");
  return inner ? inner.split(",").map((v) => v.replace(/^"|"$/g, "")) : [];
}

export type NewChronologyEntry = typeof chronologyEntries.$inferInsert;

export async function insertChronologyEntry(db: Db, entry: NewChronologyEntry) {
  const [row] = await db.insert(chronologyEntries).values(entry).returning();
  return row!;
}
