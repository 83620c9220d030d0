/**
 * `pnpm bench:census` (not a test): the CIN census at national scale. Times the export with its
 * validation report (bench/census-export-run.ts, in a fresh process so peak RSS is the export's
 * own) over a synthetic population of 50,000 children in need and over the same population grown
 * to 400,000. Prints wall time, children per second, CPU time of the export and of PostgreSQL,
 * the load average, peak RSS and the RSS growth from 50k to 400k, against the targets (400k in
 * ≤ 30 s; growth ≤ 30 MB). The populations are kept between runs (bench/census-database.ts).
 *
 * Needs PostgreSQL (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres).
 * BENCH_CENSUS_SMALL and BENCH_CENSUS_LARGE change the 50,000 and 400,000; BENCH_CENSUS_RUNS runs
 * each export that many times (the figures of each run are printed; the verdicts take the fastest
 * runs, and the RSS growth over every pair of runs is printed too).
 */
import { execFileSync } from "node:child_process";
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { ensureCensusDatabases } from "./census-database";

const SMALL = Number(process.env.BENCH_CENSUS_SMALL ?? 50_000);
const LARGE = Number(process.env.BENCH_CENSUS_LARGE ?? 400_000);
const RUNS = Number(process.env.BENCH_CENSUS_RUNS ?? 1);
const CENSUS_YEAR = 2026;
const TARGET_SECONDS = 30;
const TARGET_GROWTH_MB = 30;

const fmt = (n: number, digits = 0) => n.toLocaleString("en-GB", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");

interface Run {
  children: number;
  errorCount: number;
  queryCount: number;
  fileBytes: number;
  ms: number;
  cpuUserMs: number;
  cpuSystemMs: number;
  pgCpuMs: number;
  load: [number, number];
  peakRssMb: number;
  heapTotalPeakMb: number;
  externalPeakMb: number;
  heapAfterGcMb: number;
}

const runner = fileURLToPath(new URL("./census-export-run.ts", import.meta.url));
function timedExport(url: string): Run {
  const out = execFileSync(process.execPath, ["--import", "tsx", runner, url, String(CENSUS_YEAR)], { encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").at(-1)!) as Run;
}

function report(label: string, run: Run) {
  const seconds = (ms: number) => fmt(ms / 1000, 1);
  console.log(
    `  ${label}: ${fmt(run.children)} children in ${seconds(run.ms)} s = ${fmt(run.children / (run.ms / 1000))} children/s; ` +
      `CPU export ${seconds(run.cpuUserMs)} s user + ${seconds(run.cpuSystemMs)} s system, PostgreSQL ${seconds(run.pgCpuMs)} s; ` +
      `load ${run.load.map((l) => l.toFixed(1)).join(" → ")}; peak RSS ${fmt(run.peakRssMb, 1)} MB ` +
      `(V8 heap at most ${fmt(run.heapTotalPeakMb, 1)} MB, ${fmt(run.heapAfterGcMb, 1)} MB live after the run; buffers at most ${fmt(run.externalPeakMb, 1)} MB); ` +
      `file ${fmt(run.fileBytes / 1_048_576, 1)} MB; ${fmt(run.errorCount)} errors, ${fmt(run.queryCount)} queries`,
  );
}

function timedRuns(label: string, url: string): Run[] {
  return Array.from({ length: RUNS }, () => {
    const run = timedExport(url);
    report(label, run);
    return run;
  });
}
const fastest = (runs: Run[]) => runs.reduce((best, run) => (run.ms < best.ms ? run : best));

console.log(
  `CIN census benchmark: ${cpus()[0]?.model ?? "unknown CPU"}, ${availableParallelism()} cores, ${fmt(totalmem() / 1_073_741_824, 1)} GB, ` +
    `load ${load()}, node ${process.version}`,
);
const urls = await ensureCensusDatabases({
  adminUrl: process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
  small: SMALL,
  large: LARGE,
  seed: 2026,
  censusYear: CENSUS_YEAR,
  log: console.log,
});

const smallRuns = timedRuns(fmt(SMALL), urls.small);
const largeRuns = timedRuns(fmt(LARGE), urls.large);
const [small, large] = [fastest(smallRuns), fastest(largeRuns)];
const growth = large.peakRssMb - small.peakRssMb;
// Peak RSS is V8's high-water mark and moves by tens of MB between runs of the same size, so
// with several runs every pairing is shown, not only the fastest runs' one.
const peaks = (runs: Run[]) => runs.map((r) => r.peakRssMb);
const growths = peaks(largeRuns).flatMap((l) => peaks(smallRuns).map((s) => l - s));
console.log(
  `\n  ${fmt(LARGE)} children with the validation report in ${fmt(large.ms / 1000, 1)} s (target ≤ ${TARGET_SECONDS} s): ${verdict(large.ms / 1000 <= TARGET_SECONDS)}`,
);
console.log(
  `  RSS growth from ${fmt(SMALL)} to ${fmt(LARGE)} (fastest runs): ${fmt(growth, 1)} MB (target ≤ ${TARGET_GROWTH_MB} MB): ${verdict(growth <= TARGET_GROWTH_MB)}` +
    (RUNS > 1 ? `; over every pair of runs ${fmt(Math.min(...growths), 1)} to ${fmt(Math.max(...growths), 1)} MB` : ""),
);
console.log(`  load at the end: ${load()}`);
