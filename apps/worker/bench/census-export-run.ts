/**
 * One timed run of the CIN census export, in a process of its own so its peak RSS is its own:
 * `tsx bench/census-export-run.ts <database url> <census year>`. Prints one line of JSON.
 * Started by bench/census.ts; not a test.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { countCensusChildren, createDb } from "@hearth/db";
import { folderReturnFileStore, returnFileKeys } from "@hearth/jobs";
import { exportCinCensus } from "../src/returns/cin-census-export";

const [url, year] = process.argv.slice(2);
const database = createDb({ url: url!, max: 2 });
const folder = await mkdtemp(join(tmpdir(), "hearth-bench-census-"));
const censusYear = Number(year);
try {
  const started = performance.now();
  const total = await countCensusChildren(database.db, censusYear);
  const result = await exportCinCensus({
    db: database.db,
    store: folderReturnFileStore(folder),
    keys: returnFileKeys("cin-census", "00000000-0000-4000-8000-000000000000"),
    censusYear,
    total,
    header: { laCode: "931", softwareCode: "HEARTH", release: "bench", serialNo: 1, madeAt: new Date() },
    recordBaseUrl: "https://hearth.example/fss/people/",
  });
  const ms = performance.now() - started;
  // maxRSS is in kilobytes: the most this process ever held, whatever the moment of measuring.
  console.log(JSON.stringify({ ...result, totalsByRule: undefined, ms, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
} finally {
  await database.close();
  await rm(folder, { recursive: true, force: true });
}
