import type { SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { Db } from "../client";

const dialect = new PgDialect();

type Unsafe = (query: string, params: unknown[], options: { prepare: boolean; simple: boolean }) => Promise<unknown[]>;
/** The postgres.js client behind a database handle, when there is one (`$client`, public in drizzle). */
function postgresJsOf(db: Db): { unsafe: Unsafe } | null {
  const client = (db as unknown as { $client?: unknown }).$client;
  return typeof client === "function" && typeof (client as { unsafe?: unknown }).unsafe === "function"
    ? (client as unknown as { unsafe: Unsafe })
    : null;
}

/**
 * Runs a hand-written statement and returns its rows. postgres.js answers with an array and PGlite
 * with `{ rows }`; both drivers leave timestamps as text in raw results, so callers cast in SQL.
 *
 * On postgres.js the statement is sent as a named prepared statement: drizzle sends every
 * statement unprepared, and for the booking statements PostgreSQL's parsing and planning cost more
 * than running them. Each text is prepared once per connection (the texts are fixed: values always
 * travel as parameters).
 */
export async function rawRows<T>(db: Db, query: SQL): Promise<T[]> {
  const postgresJs = postgresJsOf(db);
  if (postgresJs) {
    const { sql, params } = dialect.sqlToQuery(query);
    return (await postgresJs.unsafe(sql, params, { prepare: true, simple: false })) as T[];
  }
  const result: unknown = await db.execute(query);
  return Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;
}

/**
 * A PostgreSQL array literal of texts, for one bind parameter cast with `::text[]` (or `::date[]`):
 * the driver is not asked to encode arrays, which postgres.js and PGlite do differently.
 */
export const textArray = (values: readonly string[]) => `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(",")}}`;
