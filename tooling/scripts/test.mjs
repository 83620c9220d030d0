#!/usr/bin/env node
// `pnpm test`: the checks — lint (with the import boundaries and no import cycles), typecheck and
// the format check — then every test (unit, integration against real PostgreSQL and Redis, browser
// tests in Chromium) in one vitest run. A failed check does not stop the tests, so one run shows
// everything; the command fails if any part failed. Extra arguments go to vitest (e.g.
// `pnpm test --project api`); `--skip-checks` runs only the tests, for quick turns while working.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { redisAnswers, run } from "./lib.mjs";

const args = process.argv.slice(2);
const skipChecks = args.includes("--skip-checks");
const vitestArgs = args.filter((a) => a !== "--skip-checks" && a !== "--");

const databaseUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const redisUrl = new URL(process.env.REDIS_URL ?? "redis://127.0.0.1:6379");
if (!(await redisAnswers(redisUrl.hostname, Number(redisUrl.port || 6379)))) {
  console.error(`✖ The tests need Redis at ${redisUrl.href}. Start it (redis-server) or set REDIS_URL.`);
  process.exit(1);
}

/** Runs one check, says how it went, and returns whether it passed (without stopping the run). */
function check(name, command, commandArgs) {
  console.log(`\n== ${name}: ${command} ${commandArgs.join(" ")}`);
  const started = performance.now();
  const { status } = spawnSync(command, commandArgs, { stdio: "inherit" });
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(status === 0 ? `✔ ${name} passed (${seconds}s)` : `✖ ${name} FAILED (${seconds}s)`);
  return status === 0;
}

const failed = [];
if (!skipChecks) {
  // One turbo run, so lint and typecheck share the API's declarations build and the cache: a
  // package that did not change is not checked again.
  if (!check("lint and typecheck", "pnpm", ["exec", "turbo", "run", "lint", "typecheck", "--output-logs=errors-only"]))
    failed.push("lint or typecheck");
  if (!check("import cycles", "pnpm", ["run", "--silent", "lint:cycles"])) failed.push("import cycles");
  if (!check("format", "pnpm", ["exec", "prettier", "--check", "--log-level=warn", "."])) failed.push("format (fix with: pnpm format)");
}

console.log("\nBuilding the apps for the browser tests (cached when nothing changed)…");
run("pnpm", ["exec", "turbo", "run", "build", "--filter=./apps/*", "--output-logs=errors-only"]);

console.log(`Preparing the test template database on ${new URL(databaseUrl).host}…`);
run("pnpm", ["exec", "tsx", "tooling/scripts/prepare-test-db.ts"], { env: { ...process.env, TEST_DATABASE_URL: databaseUrl } });

mkdirSync(".data", { recursive: true });
const tests = spawnSync(
  "pnpm",
  ["exec", "vitest", "run", "--reporter=default", "--reporter=json", "--outputFile.json=.data/test-results.json", ...vitestArgs],
  { stdio: "inherit", env: { ...process.env, TEST_DATABASE_URL: databaseUrl } },
);
if (tests.status !== 0) failed.push("tests");

if (failed.length) {
  console.error(`\n✖ pnpm test failed: ${failed.join(", ")}. See the output above.`);
  process.exit(1);
}
console.log(skipChecks ? "\n✔ Tests passed (checks skipped)." : "\n✔ Lint, typecheck, format and tests passed.");
