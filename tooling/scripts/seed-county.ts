// `pnpm seed:county`: writes the synthetic county (docs/synthetic-county.md) into DATABASE_URL, or
// into the embedded database `pnpm start` uses when DATABASE_URL is not set. Never in production.
import { parseArgs } from "node:util";
import { COUNTY_SCALES, CountyRefused, createDb, generateCounty, seed } from "@hearth/db";

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "full" },
    seed: { type: "string", default: "1" },
    today: { type: "string" },
    weeks: { type: "string" },
    replace: { type: "boolean", default: false },
  },
});
const scale = values.scale as string;
const peopleCount = scale in COUNTY_SCALES ? COUNTY_SCALES[scale as keyof typeof COUNTY_SCALES] : Number(scale);
if (!Number.isInteger(peopleCount) || peopleCount < 10) {
  console.error("--scale is full, small or a number of people (at least 10), like --scale 20000");
  process.exit(2);
}
// The date in England, as the domain counts days (en-CA formats as YYYY-MM-DD).
const today = values.today ?? new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
  console.error("--today is a date like 2026-12-02");
  process.exit(2);
}
// Three years of sessions for a big county; a small one gets a term, so it loads in seconds.
const weeks = values.weeks ? Number(values.weeks) : peopleCount >= 50_000 ? 156 : 13;
const production = process.env.NODE_ENV === "production";
if (production) {
  console.error("The synthetic county is never written in production (NODE_ENV=production).");
  process.exit(1);
}

const database = createDb({ url: process.env.DATABASE_URL, dataDir: process.env.PGLITE_DIR ?? ".data/pglite" });
const started = performance.now();
let stageStarted = started;
let lastStage = "";
const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)}s`;
function progress(stage: string, done: number, total: number) {
  if (stage !== lastStage) {
    if (lastStage) process.stdout.write(`  (${seconds(stageStarted)})\n`);
    lastStage = stage;
    stageStarted = performance.now();
  }
  const share = total ? done / total : 1;
  const bar = "#".repeat(Math.round(share * 30)).padEnd(30, ".");
  process.stdout.write(
    `\r${stage.padEnd(22)} [${bar}] ${String(Math.round(share * 100)).padStart(3)}% ${done.toLocaleString("en-GB")}/${total.toLocaleString("en-GB")}`,
  );
}

try {
  console.log(
    `Writing a synthetic county of ${peopleCount.toLocaleString("en-GB")} people (seed ${values.seed}, today ${today}, ${weeks} weeks of sessions) into ${database.kind === "pglite" ? "the embedded database" : "PostgreSQL"}…`,
  );
  await database.migrate();
  await seed(database.db, { production });
  const summary = await generateCounty(database.db, {
    people: peopleCount,
    seed: Number(values.seed),
    today,
    weeks,
    production,
    replace: values.replace,
    onProgress: progress,
  });
  process.stdout.write(`  (${seconds(stageStarted)})\n`);
  console.log(`Done in ${seconds(started)}:`, summary);
} catch (error) {
  if (!(error instanceof CountyRefused)) throw error;
  console.error(`\n${error.message}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
