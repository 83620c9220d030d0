/**
 * The dashboard page (issue 15 §2) in `pnpm bench:casework`: its five procedures as the page asks
 * for them, in one batched request, over the last 12 months of the county (the data officer) and
 * of each area (an FSS manager of each). One page at a time, as a manager opens it, after the
 * casework runs; then each procedure alone, to show which part of the page the time goes to.
 * Target: p95 ≤ 500 ms a page.
 */
import { rawRows, type Db } from "@hearth/db";
import { sql } from "drizzle-orm";
import { performance } from "node:perf_hooks";

const procedures = ["referrals", "casework", "programmes", "reach", "neet"] as const;
const pagePath = `/trpc/${procedures.map((p) => `dashboards.${p}`).join(",")}?batch=1`;
const pageBody = Object.fromEntries(procedures.map((_, i) => [i, {}]));

async function signIn(port: number, email: string, password: string): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/trpc/auth.signIn`, {
    method: "POST",
    headers: { "content-type": "application/json", "user-agent": "hearth-bench" },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`Sign-in failed for ${email}: HTTP ${res.status}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

async function timed(port: number, cookie: string, path: string, body: unknown): Promise<number> {
  const sent = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, "user-agent": "hearth-bench" },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status} ${text.slice(0, 200)}`);
  return performance.now() - sent;
}

export interface DashboardReport {
  /** Page load times by who loaded it ("county", or the area's name). */
  pages: Map<string, number[]>;
  /** One call of each procedure alone, county-wide. */
  procedures: Map<string, number>;
}

export async function dashboardPageRun(db: Db, port: number, password: string, loads: number): Promise<DashboardReport> {
  const readers = await rawRows<{ email: string; scope: string }>(
    db,
    sql`(select email, 'county' as scope from staff_users where role = 'data_officer' and active order by email limit 1)
        union all
        (select distinct on (a.id) s.email, a.name from staff_users s join areas a on a.id = s.area_id
          where s.role = 'fss_manager' and s.active order by a.id, s.email)`,
  );
  const pages = new Map<string, number[]>();
  const alone = new Map<string, number>();
  for (const reader of readers) {
    const cookie = await signIn(port, reader.email, password);
    await timed(port, cookie, pagePath, pageBody); // warm-up, not counted
    const times: number[] = [];
    for (let i = 0; i < loads; i++) times.push(await timed(port, cookie, pagePath, pageBody));
    pages.set(reader.scope, times);
    if (reader.scope === "county") for (const p of procedures) alone.set(p, await timed(port, cookie, `/trpc/dashboards.${p}`, {}));
  }
  return { pages, procedures: alone };
}
