import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import { rawRows } from "../../queries/raw";
import { SYNTHETIC_ID_RANGE } from "./random";

/** A foreign key as PostgreSQL's catalogue states it: `table(columns)` references `parent(parentColumns)`. */
export interface ForeignKey {
  table: string;
  columns: string[];
  parent: string;
  parentColumns: string[];
}

interface Catalogue {
  /** Every table of the public schema, with whether it has a uuid `id` (the synthetic county's ids are uuids in one range). */
  tables: { name: string; uuidId: boolean }[];
  foreignKeys: ForeignKey[];
}

/** The tables and foreign keys of the database as it is now, so no list here goes stale when a migration adds a table. */
async function readCatalogue(db: Db): Promise<Catalogue> {
  const tables = await rawRows<{ name: string; uuid_id: boolean }>(
    db,
    sql`select c.relname as name,
               exists (select 1 from pg_attribute a
                       where a.attrelid = c.oid and a.attname = 'id' and a.atttypid = 'uuid'::regtype and not a.attisdropped) as uuid_id
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p')
        order by c.relname`,
  );
  const keys = await rawRows<{ table_name: string; columns: string[] | string; parent: string; parent_columns: string[] | string }>(
    db,
    sql`select child.relname as table_name, parent.relname as parent,
               array(select a.attname::text from unnest(k.conkey) with ordinality u(n, i)
                     join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.n order by u.i) as columns,
               array(select a.attname::text from unnest(k.confkey) with ordinality u(n, i)
                     join pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.n order by u.i) as parent_columns
        from pg_constraint k
        join pg_class child on child.oid = k.conrelid
        join pg_class parent on parent.oid = k.confrelid
        join pg_namespace n on n.oid = child.relnamespace
        where k.contype = 'f' and n.nspname = 'public'
        order by 1, 2, 3`,
  );
  // Drivers differ on arrays in raw results: postgres.js parses them, PGlite may leave the literal.
  const list = (v: string[] | string) =>
    Array.isArray(v)
      ? v
      : v
          .replace(/^\{|\}$/g, "")
          .split(",")
          .filter(Boolean);
  return {
    tables: tables.map((t) => ({ name: t.name, uuidId: t.uuid_id })),
    foreignKeys: keys.map((k) => ({ table: k.table_name, columns: list(k.columns), parent: k.parent, parentColumns: list(k.parent_columns) })),
  };
}

/**
 * The tables in an order where every table comes after the tables it references (a reference of a
 * table to itself does not count). A cycle between two tables has no such order, and is refused.
 */
export function parentsFirst(tables: readonly string[], foreignKeys: readonly ForeignKey[]): string[] {
  const parentsOf = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const k of foreignKeys) if (k.table !== k.parent) parentsOf.get(k.table)?.add(k.parent);
  const ordered: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (table: string, path: string[]) => {
    if (state.get(table) === "done") return;
    if (state.get(table) === "visiting") throw new Error(`Tables reference each other in a cycle: ${[...path, table].join(" → ")}`);
    state.set(table, "visiting");
    for (const parent of parentsOf.get(table) ?? []) visit(parent, [...path, table]);
    state.set(table, "done");
    ordered.push(table);
  };
  for (const table of tables) visit(table, []);
  return ordered;
}

const ident = (name: string) => sql.identifier(name);
const doomedOf = (table: string) => `synthetic_doomed_${table}`;
const columnList = (columns: readonly string[]) =>
  sql.join(
    columns.map((c) => ident(c)),
    sql`, `,
  );

/**
 * Removes the synthetic county and everything that points at it, inside the caller's transaction.
 * Which rows go is worked out from the database's own foreign keys rather than a list kept here:
 * a row goes when its uuid id is in the synthetic range, or when it references a row that goes
 * (a notification about a synthetic booking, a chronology entry's versions, a grant to open a
 * synthetic person, a draft of a synthetic member of staff). The doomed keys are gathered table by
 * table, parents first, into temporary tables; then the rows are deleted children first, so no
 * foreign key ever points at a deleted row. Nothing else is touched.
 */
export async function deleteSyntheticRows(tx: Db, progress: (stage: string, done: number, total: number) => void): Promise<void> {
  const [low, high] = SYNTHETIC_ID_RANGE;
  const { tables, foreignKeys } = await readCatalogue(tx);
  const uuidId = new Set(tables.filter((t) => t.uuidId).map((t) => t.name));
  const order = parentsFirst(
    tables.map((t) => t.name),
    foreignKeys,
  );
  /** The columns of each table that other tables reference: what its doomed set must hold. */
  const referenced = new Map<string, string[][]>();
  for (const k of foreignKeys) {
    const list = referenced.get(k.parent) ?? [];
    if (!list.some((cols) => cols.join() === k.parentColumns.join())) list.push(k.parentColumns);
    referenced.set(k.parent, list);
  }
  /** Which tables have doomed rows at all: a table is spared entirely when nothing it could reference is doomed. */
  const candidates = new Set<string>();
  for (const table of order)
    if (uuidId.has(table) || foreignKeys.some((k) => k.table === table && k.parent !== table && candidates.has(k.parent))) candidates.add(table);

  const doomedWhere = (table: string) => {
    const own = uuidId.has(table) ? [sql`${ident("id")} between ${low} and ${high}`] : [];
    const viaParents = foreignKeys
      .filter((k) => k.table === table && k.parent !== table && candidates.has(k.parent))
      .map((k) => sql`(${columnList(k.columns)}) in (select ${columnList(k.parentColumns)} from ${ident(doomedOf(k.parent))})`);
    const base = sql.join([...own, ...viaParents], sql` or `);
    // A row pointing at a doomed row of its own table (a duplicate merged into a synthetic person) goes too.
    const viaSelf = foreignKeys
      .filter((k) => k.table === table && k.parent === table)
      .map((k) => sql`(${columnList(k.columns)}) in (select ${columnList(k.parentColumns)} from ${ident(table)} where ${base})`);
    return sql.join([base, ...viaSelf], sql` or `);
  };

  const doomedTables = order.filter((t) => candidates.has(t));
  const steps = doomedTables.length * 2;
  for (const [i, table] of doomedTables.entries()) {
    progress("finding old county rows", i, steps);
    if (!referenced.has(table)) continue;
    const columns = [...new Set(referenced.get(table)!.flat())];
    await tx.execute(
      sql`create temporary table ${ident(doomedOf(table))} on commit drop as select ${columnList(columns)} from ${ident(table)} where ${doomedWhere(table)}`,
    );
  }
  for (const [i, table] of [...doomedTables].reverse().entries()) {
    progress(`removing old ${table.replaceAll("_", " ")}`, doomedTables.length + i, steps);
    await tx.execute(sql`delete from ${ident(table)} where ${doomedWhere(table)}`);
  }
  for (const table of doomedTables) if (referenced.has(table)) await tx.execute(sql`drop table if exists ${ident(doomedOf(table))}`);
}
