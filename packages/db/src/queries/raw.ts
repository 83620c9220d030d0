import type { SQL } from "drizzle-orm";
import type { Db } from "../client";

/**
 * Runs a hand-written statement and returns its rows. postgres.js answers with an array and PGlite
 * with `{ rows }`; both drivers leave timestamps as text in raw results, so callers cast in SQL.
 */
export async function rawRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

