/**
 * `pnpm bench:casework` — a benchmark, not a test (issue 10 §6). On the full synthetic county in a
 * PostgreSQL database of its own (county-database.ts), with the real API in a process of its own,
 * 20 signed-in members of staff of different roles and areas search with partial and misspelt names
 * and open long-history family records (the record and the first page of its chronology, as the
 * UI asks for them). Prints p50/p95/p99 of each, the same queries' time in SQL without HTTP in the
 * same run and the ratio, the API's memory before and after, and the audit rows written against
 * the reads made. Settings in settings.ts; figures in docs/benchmarks.md.
 */
import { randomBytes } from "node:crypto";
import { fork } from "node:child_process";
import { cpus, loadavg, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { createDb, DEMO_PASSWORD, rawRows } from "@hearth/db";
import { createRedis } from "@hearth/jobs";
import { sql } from "drizzle-orm";
import { readApiEnv } from "../../src/env";
import { cpuSince, databaseCpuMs } from "../database-cpu";
import { ensureCountyDatabase } from "./county-database";
import { dashboardPageRun } from "./dashboard-page";
import { rawRun } from "./raw-sql";
import { settings } from "./settings";
import { chooseStaff, httpRequestOf, longHistoryFamilies, pauseSchedule, planFor, searchOps, type Op } from "./workload";

interface KindReport {
  latenciesMs: number[];
  failures: Record<string, number>;
  expectedAudit: number;
  shown: number;
}
interface ClientReport {
  kinds: Record<string, KindReport>;
  elapsedMs: number;
  clientCpuMs: number;
  error: string | null;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const ms = (v: number) => `${v.toFixed(1)} ms`.padStart(11);
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(", ");

const log = (line: string) => console.log(line);
const url = await ensureCountyDatabase({ adminUrl: settings.adminUrl, name: settings.database, people: settings.people, seed: settings.seed, log });
if (settings.seedOnly) process.exit(0);

const database = createDb({ url, max: settings.pool });
const db = database.db;
const env = readApiEnv(process.env);
const redisPrefix = `hearth-bench-${randomBytes(4).toString("hex")}`;

/** The real server (api-replica.ts) in its own process, asked over IPC for its memory. */
const api = fork(fileURLToPath(new URL("../api-replica.ts", import.meta.url)), {
  // BENCH_API_PROFILE=<folder> writes the API's CPU profile there, to see where its time goes.
  execArgv: ["--import", "tsx", ...(process.env.BENCH_API_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_API_PROFILE}`] : [])],
  env: { ...process.env, BENCH_REPLICA: JSON.stringify({ databaseUrl: url, pool: settings.pool, redisPrefix }) },
});
const ask = <T>(question: string) =>
  new Promise<T>((resolve) => {
    api.once("message", (answer: T) => resolve(answer));
    if (question) api.send(question);
  });
const { port } = await ask<{ port: number }>("");

interface Run {
  mode: string;
  cpu: Record<string, { api: number; db: number; rawDb: number; requests: number }>;
  http: ClientReport;
  /** The same queries without HTTP, paced the same, by kind. */
  raw: Record<string, number[]>;
  load: string;
}

function fire(plans: Op[][], staff: { email: string }[], pausesMs: number[][]): Promise<ClientReport> {
  const child = fork(fileURLToPath(new URL("./load-client.mjs", import.meta.url)), { execArgv: [] });
  return new Promise((resolve, reject) => {
    child.once("message", (m) => resolve(m as ClientReport));
    child.once("error", reject);
    child.send({
      port,
      clients: plans.map((ops, i) => ({
        email: staff[i]!.email,
        password: DEMO_PASSWORD,
        ops: ops.map((op) => ({ kind: op.kind, ...httpRequestOf(op) })),
        pausesMs: pausesMs[i]!,
      })),
    });
  });
}

async function auditRowsSince(id: number, staffIds: string[]) {
  return rawRows<{ action: string; n: number }>(
    db,
    sql`select action, count(*)::int as n from audit_events where id > ${id} and actor_staff_id = any(${`{${staffIds.join(",")}}`}::uuid[]) group by action order by action`,
  );
}

try {
  const version = (await rawRows<{ v: string }>(db, sql`select version() as v`))[0]!.v;
  const people = (await rawRows<{ n: number }>(db, sql`select count(*)::int as n from people`))[0]!.n;
  log(
    `\nCasework benchmark — ${new Date().toISOString().slice(0, 16)}Z, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load ${load()}, Node ${process.versions.node}, ${version.split(" on ")[0]}`,
  );
  log(`${people.toLocaleString("en-GB")} people in ${settings.database}; ${settings.clients} members of staff at once; API pool ${settings.pool}`);

  const staff = await chooseStaff(db, settings.clients);
  const families = await longHistoryFamilies(db);
  const searches = await searchOps(db, settings.clients * settings.searchesEach);
  const plans = planFor(staff, searches, families, settings.searchesEach, settings.recordsEach);
  const roles = new Map<string, number>();
  for (const s of staff) roles.set(s.role, (roles.get(s.role) ?? 0) + 1);
  log(
    `Staff: ${[...roles].map(([r, n]) => `${n} ${r}`).join(", ")} across ${new Set(staff.map((s) => s.areaId)).size} areas; ${[...families.values()].flat().length} long-history families`,
  );

  const rssBefore = (await ask<{ rssBytes: number }>("memory")).rssBytes;
  // A short warm-up (not measured): the API's code paths compiled, both pools' connections open.
  const warmUp = planFor(staff, searches.slice().reverse(), families, 3, 2);
  await fire(warmUp, staff, pauseSchedule(warmUp, 0));
  const auditStart = (await rawRows<{ max: number }>(db, sql`select coalesce(max(id), 0)::bigint as max from audit_events`))[0]!.max;

  // Searches, then records, each phase timed for CPU too: wall-clock times on a shared machine
  // swing with its load, CPU milliseconds a request much less. Twice: paced, as staff work (the
  // targets), then flat out, each request sent the moment the last is answered (the capacity).
  const searchPlans = plans.map((ops) => ops.filter((op) => op.kind !== "record"));
  const recordPlans = plans.map((ops) => ops.filter((op) => op.kind === "record"));
  const runs: Run[] = [];
  for (const [mode, thinkMs] of [
    [`paced (each member of staff pauses ${settings.thinkMs / 2}–${(settings.thinkMs * 3) / 2} ms between requests)`, settings.thinkMs],
    ["flat out (no pause: the next request the moment the last is answered)", 0],
  ] as const) {
    const run: Run = { mode, cpu: {}, http: { kinds: {}, elapsedMs: 0, clientCpuMs: 0, error: null }, raw: {}, load: "" };
    for (const [phase, phasePlans] of [
      ["search", searchPlans],
      ["record", recordPlans],
    ] as const) {
      const apiBefore = (await ask<{ cpuMs: number }>("cpu")).cpuMs;
      const dbBefore = await databaseCpuMs(db);
      const pausesMs = pauseSchedule(phasePlans, thinkMs);
      const report = await fire(phasePlans, staff, pausesMs);
      if (report.error) throw new Error(report.error);
      const apiMs = (await ask<{ cpuMs: number }>("cpu")).cpuMs - apiBefore;
      const dbMs = cpuSince(dbBefore, await databaseCpuMs(db));
      Object.assign(run.http.kinds, report.kinds);
      run.http.elapsedMs += report.elapsedMs;
      const requests = phasePlans.flat().length;
      run.cpu[phase] = { api: apiMs / requests, db: dbMs / requests, rawDb: 0, requests };
      const rawBefore = await databaseCpuMs(db);
      Object.assign(run.raw, await rawRun(db, phasePlans, pausesMs));
      run.cpu[phase].rawDb = cpuSince(rawBefore, await databaseCpuMs(db)) / requests;
    }
    run.load = load();
    runs.push(run);
  }
  const rssAfter = (await ask<{ rssBytes: number }>("memory")).rssBytes;

  const p95 = new Map<string, number>();
  for (const run of runs) {
    const { http, raw } = run;
    log(`\n${run.mode}\nLoad average after: ${run.load}; HTTP run ${(http.elapsedMs / 1000).toFixed(1)} s\n`);
    log(
      `${"".padEnd(18)}${"requests".padStart(9)}${"p50".padStart(11)}${"p95".padStart(12)}${"p99".padStart(12)}   ${"SQL p50".padStart(11)}${"SQL p95".padStart(12)}   HTTP÷SQL (p50, p95)`,
    );
    const rows: [string, string[]][] = [
      ["search (all)", ["people.search", "families.search"]],
      ["  people.search", ["people.search"]],
      ["  families.search", ["families.search"]],
      ["family record", ["record"]],
    ];
    for (const [label, kinds] of rows) {
      const httpMs = kinds.flatMap((k) => http.kinds[k]?.latenciesMs ?? []);
      const rawMs = kinds.flatMap((k) => raw[k] ?? []);
      if (run === runs[0]) p95.set(label, percentile(httpMs, 95));
      const ratio = (p: number) => `${(percentile(httpMs, p) / percentile(rawMs, p)).toFixed(1)}×`;
      log(
        `${label.padEnd(18)}${String(httpMs.length).padStart(9)}${ms(percentile(httpMs, 50))} ${ms(percentile(httpMs, 95))} ${ms(percentile(httpMs, 99))}   ${ms(percentile(rawMs, 50))} ${ms(percentile(rawMs, 95))}   ${ratio(50)}, ${ratio(95)}`,
      );
    }
    const throughput = Object.values(http.kinds).reduce((sum, k) => sum + k.latenciesMs.length, 0) / (http.elapsedMs / 1000);
    log(`Throughput: ${throughput.toFixed(0)} requests a second`);
    log(`CPU a request (less swayed by the machine's load than the times above):`);
    for (const [phase, c] of Object.entries(run.cpu))
      log(
        `  ${phase.padEnd(8)} API ${c.api.toFixed(1)} ms + PostgreSQL ${c.db.toFixed(1)} ms over HTTP; PostgreSQL ${c.rawDb.toFixed(1)} ms for the same queries without HTTP`,
      );
  }
  const kinds = runs.flatMap((r) => Object.values(r.http.kinds));
  const failures = kinds.flatMap((k) => Object.entries(k.failures));
  log(`\nFailed requests: ${failures.length ? JSON.stringify(failures) : "none"}`);
  log(`API memory (RSS): ${mib(rssBefore)} before, ${mib(rssAfter)} after`);

  const written = await auditRowsSince(
    auditStart,
    staff.map((s) => s.id),
  );
  const writtenTotal = written.reduce((sum, r) => sum + r.n, 0);
  const expected = kinds.reduce((sum, k) => sum + k.expectedAudit, 0);
  const requests = kinds.reduce((sum, k) => sum + k.latenciesMs.length, 0);
  log(
    `Audit rows: ${writtenTotal.toLocaleString("en-GB")} written for ${requests.toLocaleString("en-GB")} requests; ${expected.toLocaleString("en-GB")} expected (one per request and per person or family shown): ${writtenTotal === expected ? "match" : "DO NOT MATCH"}`,
  );
  log(`  ${written.map((r) => `${r.action} ${r.n}`).join(", ")}`);

  const dashboards = await dashboardPageRun(db, port, DEMO_PASSWORD, settings.dashboardLoads);
  log(`\nDashboard page (five procedures in one request, last 12 months), ${settings.dashboardLoads} loads each, one at a time; load ${load()}`);
  for (const [scope, times] of dashboards.pages)
    log(`  ${scope.padEnd(16)}${ms(percentile(times, 50))} p50 ${ms(percentile(times, 95))} p95 ${ms(Math.max(...times))} max`);
  log(`  each procedure alone, county: ${[...dashboards.procedures].map(([p, t]) => `${p} ${t.toFixed(0)} ms`).join(", ")}`);
  const dashboardP95 = percentile([...dashboards.pages.values()].flat(), 95);

  const met =
    p95.get("search (all)")! <= 50 && p95.get("family record")! <= 100 && dashboardP95 <= 500 && writtenTotal === expected && failures.length === 0;
  log(
    `\nTargets, on the paced run — search p95 ≤ 50 ms, family record p95 ≤ 100 ms, dashboard page p95 ≤ 500 ms, every read audited: ${met ? "met" : "NOT met"}`,
  );
  process.exitCode = met ? 0 : 1;
} finally {
  await new Promise((resolve) => api.once("exit", resolve).send("close"));
  const redis = createRedis(env.REDIS_URL);
  for (let cursor = "0"; ;) {
    const [next, keys] = await redis.scan(cursor, "MATCH", `${redisPrefix}:*`, "COUNT", 1000);
    if (keys.length) await redis.del(...keys);
    if ((cursor = next) === "0") break;
  }
  await redis.quit();
  await database.close();
}
