import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { createDb, type DbHandle } from "../client";
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

export async function prepareTemplateDatabase(): Promise<void> {
  const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
  try {
    // Leftovers of runs that were killed part-way: drop them so they do not pile up.
    const stale = await admin<{ datname: string }[]>`
      select datname from pg_database where datname like 'hearth_test_%'`;
    for (const { datname } of stale) await admin.unsafe(`drop database if exists "${datname}" with (force)`);
    await admin.unsafe(`create database "${TEMPLATE_DB}"`);
  } finally {
    await admin.end();
  }
  const handle = createDb({ url: urlFor(TEMPLATE_DB), max: 1 });
  try {
    await handle.migrate();
    await seed(handle.db, { production: false });
  } finally {
    await handle.close();
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
