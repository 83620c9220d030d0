/** CPU time of the benchmark database's server processes, for both benchmarks' "CPU a request". */
import { readFileSync } from "node:fs";
import { rawRows, type Db } from "@hearth/db";
import { sql } from "drizzle-orm";

/** CPU milliseconds used so far by each server process of `db`'s database (Linux; none elsewhere). */
export async function databaseCpuMs(db: Db): Promise<Map<number, number>> {
  const rows = await rawRows<{ pid: number }>(db, sql`select pid from pg_stat_activity where datname = current_database()`);
  const ticks = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      ticks.set(pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / 100);
    } catch {
      // Not Linux, or the process has gone.
    }
  }
  return ticks;
}

/** CPU milliseconds between two readings, counting processes that started in between. */
export const cpuSince = (before: Map<number, number>, after: Map<number, number>) =>
  [...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0);
