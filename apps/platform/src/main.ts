// The composition root: the API and the worker in one process, sharing one database handle.
// `pnpm start` runs this because the embedded PGlite database can only be opened by one process at
// a time; production runs apps/api and apps/worker as separate processes against PostgreSQL (see
// docker/). The only code allowed to import other apps (lint rule hearth/import-boundaries).
import { readApiEnv } from "@hearth/api-server/env";
import { startApi } from "@hearth/api-server/start";
import { createDb, DEMO_PASSWORD, demoStaffData, generateCounty, hasSyntheticCounty, seed } from "@hearth/db";
import { createRedis } from "@hearth/jobs";
import { startWorker } from "@hearth/worker/start";
import { demoCountyWanted, readPlatformWorkerEnv } from "./env";

const apiEnv = readApiEnv();
const base = `http://${apiEnv.HOST === "0.0.0.0" ? "localhost" : apiEnv.HOST}:${apiEnv.PORT}`;
// Links in messages point at this platform unless the public address is configured.
const workerEnv = readPlatformWorkerEnv(base);
const database = createDb({ url: apiEnv.DATABASE_URL, dataDir: apiEnv.PGLITE_DIR });
await database.migrate();
const production = apiEnv.NODE_ENV === "production";
await seed(database.db, { production });
// Outside production a newcomer should see a living county, not empty screens: a small synthetic
// one (docs/synthetic-county.md), written once. `pnpm seed:county --replace` swaps it for a bigger one.
if (!production && demoCountyWanted() && !(await hasSyntheticCounty(database.db))) {
  const started = performance.now();
  console.log("Writing a small synthetic county for the demo (once)…");
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
  const county = await generateCounty(database.db, { people: 2_000, seed: 1, today, weeks: 6, production });
  console.log(
    `  ${county.people} people in ${county.families} families, ${county.sessions} sessions, ${county.bookings} bookings (${((performance.now() - started) / 1000).toFixed(0)}s)`,
  );
}

const redis = createRedis(apiEnv.REDIS_URL);
const api = await startApi(apiEnv, { db: database.db, redis });
const worker = await startWorker(workerEnv, { db: database.db });

console.log(`
Hearth is running on ${database.kind === "pglite" ? `the embedded database in ${apiEnv.PGLITE_DIR}` : "PostgreSQL"}.

  Landing page          ${base}/
  LCSS portal           ${base}/lcss/
  FSS casework          ${base}/fss/
  Centre booking        ${base}/centres/
  Centre staff area     ${base}/centres/staff/
  Health                ${base}/healthz
`);
if (!production) {
  console.log(`Demo accounts (password for all: ${DEMO_PASSWORD}):`);
  for (const s of demoStaffData) console.log(`  ${s.email.padEnd(30)} ${s.role}`);
  console.log("");
}

let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const)
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log("Stopping: worker, then API, then Redis and the database…");
    void worker
      .close()
      .then(() => api.close())
      .then(() => redis.quit())
      .then(() => database.close())
      .finally(() => process.exit(0));
  });
