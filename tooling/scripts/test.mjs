#!/usr/bin/env node
// `pnpm test`: every test — unit, integration against real PostgreSQL and Redis, and browser
// tests in Chromium — in one vitest run. Extra arguments go to vitest (e.g. `pnpm test --project api`).
import { mkdirSync } from "node:fs";
import { redisAnswers, run } from "./lib.mjs";

const databaseUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const redisUrl = new URL(process.env.REDIS_URL ?? "redis://127.0.0.1:6379");
if (!(await redisAnswers(redisUrl.hostname, Number(redisUrl.port || 6379)))) {
  console.error(`✖ The tests need Redis at ${redisUrl.href}. Start it (redis-server) or set REDIS_URL.`);
  process.exit(1);
}

console.log("Building the apps for the browser tests (cached when nothing changed)…");
run("pnpm", ["exec", "turbo", "run", "build", "--filter=./apps/*", "--output-logs=errors-only"]);

console.log(`Preparing the test template database on ${new URL(databaseUrl).host}…`);
run("pnpm", ["exec", "tsx", "tooling/scripts/prepare-test-db.ts"], { env: { ...process.env, TEST_DATABASE_URL: databaseUrl } });

mkdirSync(".data", { recursive: true });
run(
  "pnpm",
  ["exec", "vitest", "run", "--reporter=default", "--reporter=json", "--outputFile.json=.data/test-results.json", ...process.argv.slice(2)],
  { env: { ...process.env, TEST_DATABASE_URL: databaseUrl } },
);
