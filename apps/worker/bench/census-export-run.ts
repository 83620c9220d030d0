/**
 * One timed run of the CIN census export, in a process of its own so its peak RSS is its own:
 * `tsx bench/census-export-run.ts <database url> <census year> [folder]`. Prints one line of JSON.
 * With a folder, the file and report are left there (to compare two versions' output).
 * Started by bench/census.ts; not a test. The database is the benchmark's own, so every
 * PostgreSQL backend connected to it is this run's: their CPU time is read from /proc (Linux).
 * BENCH_CENSUS_PROFILE=<file.cpuprofile> writes a CPU profile of the timed part only, and
 * BENCH_CENSUS_HEAP_PROFILE=<file.heapprofile> what it allocated (collected or not), by function.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { countCensusChildren, createDb, rawRows } from "@hearth/db";
import { folderReturnFileStore, returnFileKeys } from "@hearth/jobs";
import { sql } from "drizzle-orm";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { exportCinCensus } from "../src/returns/cin-census-export";

const [url, year, keepIn] = process.argv.slice(2);
const database = createDb({ url: url!, max: 2 });
const folder = keepIn ?? (await mkdtemp(join(tmpdir(), "hearth-bench-census-")));
const censusYear = Number(year);

/** User + system CPU milliseconds of this database's backends so far, by pid (clock ticks are 10 ms). */
async function backendCpu(): Promise<Map<number, number>> {
  const rows = await rawRows<{ pid: number }>(database.db, sql`select pid from pg_stat_activity where datname = current_database()`);
  const cpu = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      cpu.set(pid, (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // Not on Linux, or PostgreSQL on another machine: no figure rather than a wrong one.
    }
  }
  return cpu;
}

// Where the peak RSS goes: the V8 heap (its size, and what is live after a full collection at
// the end, i.e. what the export kept) and memory outside it (buffers), sampled as it runs.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;
const peaks = { heapTotal: 0, external: 0 };
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  peaks.heapTotal = Math.max(peaks.heapTotal, m.heapTotal);
  peaks.external = Math.max(peaks.external, m.external);
}, 50);
const mb = (bytes: number) => bytes / 1_048_576;

try {
  // Both connections open before the clock starts, so their CPU is counted from here.
  await Promise.all([database.db.execute(sql`select 1`), database.db.execute(sql`select pg_sleep(0.01)`)]);
  const pgBefore = await backendCpu();
  const loadBefore = loadavg()[0]!;
  const profiler = process.env.BENCH_CENSUS_PROFILE ? new Session() : null;
  if (profiler) {
    profiler.connect();
    await profiler.post("Profiler.enable");
    await profiler.post("Profiler.start");
  }
  const heapProfiler = process.env.BENCH_CENSUS_HEAP_PROFILE ? new Session() : null;
  if (heapProfiler) {
    heapProfiler.connect();
    await heapProfiler.post("HeapProfiler.startSampling", {
      samplingInterval: 4096,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    } as never);
  }
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const total = await countCensusChildren(database.db, censusYear);
  const result = await exportCinCensus({
    db: database.db,
    store: folderReturnFileStore(folder),
    keys: returnFileKeys("cin-census", "00000000-0000-4000-8000-000000000000"),
    censusYear,
    total,
    header: { laCode: "931", softwareCode: "HEARTH", release: "bench", serialNo: 1, madeAt: new Date("2026-04-01T09:00:00Z") },
    recordBaseUrl: "https://hearth.example/fss/people/",
    ...(process.env.BENCH_CENSUS_BATCH ? { batchSize: Number(process.env.BENCH_CENSUS_BATCH) } : {}),
  });
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  if (heapProfiler)
    writeFileSync(process.env.BENCH_CENSUS_HEAP_PROFILE!, JSON.stringify((await heapProfiler.post("HeapProfiler.stopSampling")).profile));
  if (profiler) writeFileSync(process.env.BENCH_CENSUS_PROFILE!, JSON.stringify((await profiler.post("Profiler.stop")).profile));
  clearInterval(sampler);
  collectGarbage();
  const heapAfterGc = process.memoryUsage().heapUsed;
  const pgAfter = await backendCpu();
  const pgCpuMs = [...pgAfter].reduce((sum, [pid, after]) => sum + after - (pgBefore.get(pid) ?? 0), 0);
  // maxRSS is in kilobytes: the most this process ever held, whatever the moment of measuring.
  console.log(
    JSON.stringify({
      ...result,
      totalsByRule: undefined,
      ms,
      cpuUserMs: cpu.user / 1000,
      cpuSystemMs: cpu.system / 1000,
      pgCpuMs,
      load: [loadBefore, loadavg()[0]!],
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      heapTotalPeakMb: mb(peaks.heapTotal),
      externalPeakMb: mb(peaks.external),
      heapAfterGcMb: mb(heapAfterGc),
    }),
  );
} finally {
  await database.close();
  if (!keepIn) await rm(folder, { recursive: true, force: true });
}
