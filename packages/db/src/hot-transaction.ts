import type { SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { drizzle } from "drizzle-orm/postgres-js";
import type { Sql } from "postgres";
import type { Db } from "./client";
import { rawRows } from "./queries/raw";

/**
 * A transaction whose last statement locks a row every request wants (a session's places).
 *
 * Such a lock is held until COMMIT. In an ordinary transaction the COMMIT leaves only after the
 * last statement's answer has travelled back and a busy Node process has got round to it — time in
 * which every other booking of the session queues on the row. Here `finish` sends the COMMIT right
 * behind the last statement in the same write, so the lock lasts only as long as the database's
 * own work. That is what sets how many bookings one session can take a second.
 *
 * It needs a connection of its own: postgres.js hands a `begin` connection back to the pool as
 * soon as it sees a transaction end, so the transaction is driven by hand on a reserved one. On
 * PGlite (one connection, nothing to queue behind) it is an ordinary transaction.
 */
export interface HotTransaction {
  /** For the statements before the last: the query builder and raw SQL (not `tx.query`). */
  tx: Db;
  /**
   * Runs the transaction's last statement and commits. The statement must have no bind parameters
   * (postgres.js sends a parameterised statement in two steps the first time it runs on a
   * connection, and the COMMIT would overtake the second) and must fail, not quietly do nothing,
   * when it cannot do its job: PostgreSQL answers the COMMIT of a failed transaction with ROLLBACK.
   * Nothing may run on `tx` afterwards.
   */
  finish<T>(statement: SQL): Promise<T[]>;
}

type PostgresJs = Sql & { reserve(): Promise<Sql & { release(): void }> };
const dialect = new PgDialect();
const isPostgresJs = (client: unknown): client is PostgresJs =>
  typeof client === "function" && typeof (client as { reserve?: unknown }).reserve === "function";

export async function hotTransaction<T>(db: Db, work: (t: HotTransaction) => Promise<T>): Promise<T> {
  const client = (db as unknown as { $client?: unknown }).$client;
  if (!isPostgresJs(client)) return db.transaction((tx) => work({ tx, finish: (statement) => rawRows(tx, statement) }));

  const reserved = await client.reserve();
  let open = false;
  try {
    // A reserved connection lacks the options drizzle reads its type parsers from; they are the pool's.
    const tx = drizzle(Object.assign(reserved, { options: client.options })) as unknown as Db;
    // Straight to postgres.js, not through drizzle: drizzle awaits before it sends, and the COMMIT
    // issued next would reach the socket first. postgres.js sends a query when it is first awaited,
    // so Promise.all sends the two in this order.
    const finish = async <R>(statement: SQL) => {
      const query = dialect.sqlToQuery(statement);
      // Prepared once per connection; with no parameters it is sent in one piece, COMMIT behind it.
      const last = reserved.unsafe(query.sql, query.params as never[], { prepare: true, simple: false } as never);
      const commit = reserved`commit`;
      // Whatever the statement's fate, the COMMIT ends the transaction (as ROLLBACK if it failed).
      open = false;
      const [rows] = await Promise.all([last, commit]);
      return rows as unknown as R[];
    };
    // BEGIN is not awaited on its own: it leaves in the same write as the work's first statement.
    // Generic plans: each statement is planned once per connection, and again after an ANALYZE
    // (which autovacuum runs as the tables grow), instead of on every booking.
    const begun = Promise.all([reserved`begin`.execute(), reserved`set local plan_cache_mode = force_generic_plan`.execute()]);
    open = true;
    const [, result] = await Promise.all([begun, work({ tx, finish })]);
    if (open) await reserved`commit`;
    open = false;
    return result;
  } catch (error) {
    if (open) await reserved`rollback`.catch(() => {});
    throw error;
  } finally {
    reserved.release();
  }
}
