import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { fuzzystrmatch } from "@electric-sql/pglite/contrib/fuzzystrmatch";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { applicationRoleGrants, roleOfUrl } from "./application-role";
import * as schema from "./schema";

export type Schema = typeof schema;
/** A database or a transaction on it: every query function takes one of these first. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface DbHandle {
  db: Db;
  kind: "postgres" | "pglite";
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));

const MIGRATION_LOCK = 4_317_003_931;

export interface CreateDbOptions {
  /** postgres:// URL of a real server. When absent, an embedded PGlite database is used. */
  url?: string;
  /**
   * postgres:// URL of the role that owns the schema, for migrations (MIGRATION_DATABASE_URL).
   * When its user differs from `url`'s, migrate() also grants `url`'s role the application's
   * privileges (see application-role.ts), so the application never owns the audit table.
   */
  migrationUrl?: string;
  /** Where PGlite keeps its files; defaults to `.data/pglite` under the working directory. */
  dataDir?: string;
  /** Connection pool size for postgres.js. */
  max?: number;
}

export function createDb(options: CreateDbOptions = {}): DbHandle {
  if (options.url) {
    // JIT off for every connection: Hearth's statements are short, and the few built from JSON
    // batches (linkFamilies, bookPlaces) have row estimates so high that PostgreSQL would spend a
    // second compiling a statement that runs in a millisecond.
    const client = postgres(options.url, { max: options.max ?? 10, onnotice: () => {}, connection: { jit: "off" } });
    const db = drizzlePostgres(client, { schema }) as unknown as Db;
    return {
      db,
      kind: "postgres",
      // Several API replicas may start at once: an advisory lock lets one migrate while the rest wait.
      // The lock is held on a connection of its own, not one reserved from the pool: with a pool of
      // one (the test template) the migration would otherwise wait for the lock's connection forever.
      migrate: async () => {
        const ownerUrl = options.migrationUrl ?? options.url!;
        const lock = postgres(ownerUrl, { max: 1, onnotice: () => {} });
        const owner = ownerUrl === options.url ? null : postgres(ownerUrl, { max: 1, onnotice: () => {} });
        try {
          await lock`select pg_advisory_lock(${MIGRATION_LOCK})`;
          await migratePostgres((owner ? drizzlePostgres(owner) : db) as never, { migrationsFolder });
          const appRole = roleOfUrl(options.url!);
          if (owner && appRole !== roleOfUrl(ownerUrl)) for (const statement of applicationRoleGrants(appRole)) await owner.unsafe(statement);
        } finally {
          await lock`select pg_advisory_unlock(${MIGRATION_LOCK})`.catch(() => {});
          await lock.end();
          await owner?.end();
        }
      },
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dataDir = options.dataDir ?? ".data/pglite";
  mkdirSync(dataDir, { recursive: true });
  // Person search needs these two (migration 0011); PGlite ships them but loads only what it is given.
  const client = new PGlite(dataDir, { extensions: { pg_trgm, fuzzystrmatch } });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    migrate: () => migratePglite(db as never, { migrationsFolder }),
    close: () => client.close(),
  };
}
