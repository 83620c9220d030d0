/** `pnpm bench:casework` settings, from the environment (see docs/benchmarks.md). */
const setting = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

export const settings = {
  adminUrl: process.env.BENCH_ADMIN_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
  database: process.env.BENCH_DATABASE ?? "hearth_bench",
  people: setting("BENCH_PEOPLE", 300_000),
  seed: setting("BENCH_SEED", 1),
  clients: setting("BENCH_CLIENTS", 20),
  /** Searches and family records each client makes in the measured run. */
  searchesEach: setting("BENCH_SEARCHES", 50),
  recordsEach: setting("BENCH_RECORDS", 25),
  pool: setting("BENCH_POOL", 10),
  /**
   * The pause a member of staff takes between requests in the paced run (0.5 to 1.5 times this):
   * far quicker than anyone reads a result, so 20 staff here ask as much as hundreds at work.
   */
  thinkMs: setting("BENCH_THINK_MS", 1000),
  /** Dashboard page loads per reader (the data officer, and an FSS manager of each area). */
  dashboardLoads: setting("BENCH_DASHBOARD_LOADS", 10),
  /** Only write the county database, then stop. */
  seedOnly: process.env.BENCH_SEED_ONLY === "1",
};
