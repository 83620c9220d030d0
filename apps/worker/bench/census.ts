/**
 * `pnpm bench:census` (not a test): the CIN census at national scale. Writes a synthetic population
 * of 50,000 children in need into a scratch database, times the export with its validation report
 * (bench/census-export-run.ts, in a fresh process so peak RSS is the export's own), grows the same
 * population to 400,000 and times it again. Prints time, children per second, peak RSS and the RSS
 * growth from 50k to 400k, against the targets (400k in ≤ 30 s; growth ≤ 30 MB).
 *
 * Needs PostgreSQL (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres).
 * BENCH_CENSUS_SMALL and BENCH_CENSUS_LARGE change the 50,000 and 400,000.
 */
import { execFileSync } from "node:child_process";
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { censusPopulation } from "@hearth/db";
import { createTestDatabase } from "@hearth/db/testing";
import { sql } from "drizzle-orm";

const SMALL = Number(process.env.BENCH_CENSUS_SMALL ?? 50_000);
const LARGE = Number(process.env.BENCH_CENSUS_LARGE ?? 400_000);
const CENSUS_YEAR = 2026;
const TARGET_SECONDS = 30;
const TARGET_GROWTH_MB = 30;

const fmt = (n: number, digits = 0) => n.toLocaleString("en-GB", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");

interface Run {
  children: number;
  errorCount: number;
  queryCount: number;
  fileBytes: number;
  ms: number;
  peakRssMb: number;
}

const runner = fileURLToPath(new URL("./census-export-run.ts", import.meta.url));
function timedExport(url: string): Run {
  const out = execFileSync(process.execPath, ["--import", "tsx", runner, url, String(CENSUS_YEAR)], { encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").at(-1)!) as Run;
}

function report(label: string, run: Run) {
  console.log(
    `  ${label}: ${fmt(run.children)} children in ${fmt(run.ms / 1000, 1)} s = ${fmt(run.children / (run.ms / 1000))} children/s; ` +
      `peak RSS ${fmt(run.peakRssMb, 1)} MB; file ${fmt(run.fileBytes / 1_048_576, 1)} MB; ${fmt(run.errorCount)} errors, ${fmt(run.queryCount)} queries`,
  );
}

console.log(
  `CIN census benchmark: ${cpus()[0]?.model ?? "unknown CPU"}, ${availableParallelism()} cores, ${fmt(totalmem() / 1_073_741_824, 1)} GB, ` +
    `load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}, node ${process.version}`,
);
const t = await createTestDatabase({ max: 4 });
try {
  const population = censusPopulation(t.db, { seed: 2026, censusYear: CENSUS_YEAR, production: false });
  const grow = async (count: number) => {
    const started = performance.now();
    let last = 0;
    const { onCpPlans } = await population.add(count, (done) => {
      if (done - last < 50_000 && done !== count) return;
      console.log(`    written ${fmt(done)} of ${fmt(count)}`);
      last = done;
    });
    await t.db.execute(sql`vacuum analyze`);
    console.log(`  wrote ${fmt(count)} children in need (${fmt(onCpPlans)} on CP plans) in ${fmt((performance.now() - started) / 1000, 1)} s`);
  };

  await grow(SMALL);
  const small = timedExport(t.url);
  report(fmt(SMALL), small);

  await grow(LARGE - SMALL);
  const large = timedExport(t.url);
  report(fmt(LARGE), large);

  const growth = large.peakRssMb - small.peakRssMb;
  console.log(
    `\n  ${fmt(LARGE)} children with the validation report in ${fmt(large.ms / 1000, 1)} s (target ≤ ${TARGET_SECONDS} s): ${verdict(large.ms / 1000 <= TARGET_SECONDS)}`,
  );
  console.log(
    `  RSS growth from ${fmt(SMALL)} to ${fmt(LARGE)}: ${fmt(growth, 1)} MB (target ≤ ${TARGET_GROWTH_MB} MB): ${verdict(growth <= TARGET_GROWTH_MB)}`,
  );
} finally {
  await t.destroy();
}
