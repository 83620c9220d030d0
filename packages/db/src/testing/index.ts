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
const TEMPLATE_PREFIX = "hearth_test_template_";
/** How old a test database must be before a new run treats it as left behind by a killed run. */
const STALE_AFTER_MS = 3 * 60 * 60 * 1000;

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
  // One template per fingerprint: working trees on different migrations share one server without
  // rebuilding each other's template under their running tests.
  const TEMPLATE_DB = templateName();
  const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
  try {
    await admin`select pg_advisory_lock(hashtext(${TEMPLATE_DB}))`;
    const [current] = await admin<{ comment: string | null }[]>`
      select shobj_description(oid, 'pg_database') as comment from pg_database where datname = ${TEMPLATE_DB}`;
    if (current?.comment?.split(" ")[0] === fingerprint) return;
    await admin.unsafe(`drop database if exists "${TEMPLATE_DB}" with (force)`);
    await admin.unsafe(`create database "${TEMPLATE_DB}"`);
    const handle = createDb({ url: urlFor(TEMPLATE_DB), max: 1 });
    try {
      await handle.migrate();
      await seed(handle.db, { production: false });
    } finally {
      await handle.close();
    }
    await admin.unsafe(`comment on database "${TEMPLATE_DB}" is '${fingerprint} ${Date.now()}'`);
  } finally {
    await admin`select pg_advisory_unlock(hashtext(${TEMPLATE_DB}))`.catch(() => {});
    await admin.end();
  }
}

function templateName(): string {
  return `${TEMPLATE_PREFIX}${templateFingerprint()}`;
}

/**
 * Drops test databases left behind by runs that were killed part-way. Run before a whole suite.
 * A test database's name carries its creation time, so a run never drops the databases of another
 * run going on at the same time on the same server; old templates go when nothing uses them.
 */
export async function dropStaleTestDatabases(): Promise<void> {
  const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
  try {
    const databases = await admin<{ datname: string; comment: string | null }[]>`
      select datname, shobj_description(oid, 'pg_database') as comment from pg_database where datname like 'hearth_test_%'`;
    const current = templateName();
    const cutoff = Date.now() - STALE_AFTER_MS;
    const stale = databases
      .filter(({ datname, comment }) => {
        if (datname === current) return false;
        const stamp = /^hearth_test_([0-9a-z]+)_[0-9a-f]{12}$/.exec(datname)?.[1];
        const created = datname.startsWith(TEMPLATE_PREFIX) ? Number(comment?.split(" ")[1]) : stamp ? Number.parseInt(stamp, 36) : Number.NaN;
        return !Number.isFinite(created) || created < cutoff;
      })
      .map(({ datname }) => datname);
    for (const datname of stale) await admin.unsafe(`drop database if exists "${datname}" with (force)`).catch(() => {});
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
  const name = `hearth_test_${Date.now().toString(36)}_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}" template "${templateName()}"`);
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
export { seedFingerprint } from "./seed-fingerprint";
