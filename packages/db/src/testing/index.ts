import { createHash, randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import { createDb, migrationsFolder, type DbHandle } from "../client";
import { seed } from "../seed/seed";

/**
 * Test databases. A migrated, seeded template is built once per test run (globalSetup); every
 * test file then gets its own copy (CREATE DATABASE … TEMPLATE), so files never share state and
 * can run in parallel against one real PostgreSQL server.
 */
export const TEMPLATE_DB = "hearth_test_template";

export function adminUrl(): string {
  return process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
}

function urlFor(database: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

/** Migrations and seed together decide the template's contents; a change to either rebuilds it. */
function templateFingerprint(): string {
  const hash = createHash("sha256");
  const seedDir = fileURLToPath(new URL("../seed", import.meta.url));
  for (const dir of [migrationsFolder, join(migrationsFolder, "meta"), seedDir])
    for (const file of readdirSync(dir).sort())
      if (file.endsWith(".sql") || file.endsWith(".ts") || file.endsWith(".json")) hash.update(readFileSync(join(dir, file)));
  return hash.digest("hex").slice(0, 16);
}

/**
 * Makes sure the migrated, seeded template exists and is current. Safe to call from several test
 * projects at once: an advisory lock lets one build it while the others wait.
 */
export async function ensureTemplateDatabase(): Promise<void> {
  const fingerprint = templateFingerprint();
  const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
  try {
    await admin`select pg_advisory_lock(hashtext(${TEMPLATE_DB}))`;
    const [current] = await admin<{ comment: string | null }[]>`
      select shobj_description(oid, 'pg_database') as comment from pg_database where datname = ${TEMPLATE_DB}`;
    if (current?.comment === fingerprint) return;
    await admin.unsafe(`drop database if exists "${TEMPLATE_DB}" with (force)`);
    await admin.unsafe(`create database "${TEMPLATE_DB}"`);
    const handle = createDb({ url: urlFor(TEMPLATE_DB), max: 1 });
    try {
      await handle.migrate();
      await seed(handle.db, { production: false });
    } finally {
      await handle.close();
    }
    await admin.unsafe(`comment on database "${TEMPLATE_DB}" is '${fingerprint}'`);
  } finally {
    await admin`select pg_advisory_unlock(hashtext(${TEMPLATE_DB}))`.catch(() => {});
    await admin.end();
  }
}

/** Drops test databases left behind by runs that were killed part-way. Run before a whole suite. */
export async function dropStaleTestDatabases(): Promise<void> {
  const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
  try {
    const stale = await admin<{ datname: string }[]>`
      select datname from pg_database where datname like 'hearth_test_%' and datname <> ${TEMPLATE_DB}`;
    for (const { datname } of stale) await admin.unsafe(`drop database if exists "${datname}" with (force)`);
  } finally {
    await admin.end();
  }
}

export interface TestDatabase extends DbHandle {
  url: string;
  name: string;
  /** Closes the connections and drops the database. */
  destroy(): Promise<void>;
}

export async function createTestDatabase(options: { max?: number } = {}): Promise<TestDatabase> {
  const name = `hearth_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}" template "${TEMPLATE_DB}"`);
  } finally {
    await admin.end();
  }
  const url = urlFor(name);
  const handle = createDb({ url, max: options.max ?? 5 });
  return {
    ...handle,
    url,
    name,
    async destroy() {
      await handle.close();
      const drop = postgres(adminUrl(), { max: 1, onnotice: () => {} });
      try {
        await drop.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await drop.end();
      }
    },
  };
}
