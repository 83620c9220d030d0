import { childrenInNeedNow, storedCensusChildren } from "@hearth/db";
import { censusProblemsOf } from "@hearth/domain";
import type { ScopedContext } from "../context";
import type { ResolvedDashboardScope } from "./dashboard-scope";

/**
 * Census readiness judges every child in need's statutory record against the census rules
 * (censusProblemsOf, the same checks as the episode screens and My work): about a second for the
 * county's ~1,800 children in need on two cores, most of the dashboard page's time. The answer is
 * judged for a day and only moves as records are put right, so it is kept for a few minutes per
 * area and day in this process; a manager reloading the page, or a second manager, waits no longer.
 */
const KEEP_MS = 5 * 60_000;
const kept = new Map<string, { at: number; figure: Promise<{ children: number; withProblems: number }> }>();

export function censusReadiness(ctx: ScopedContext, scope: ResolvedDashboardScope) {
  const key = `${scope.areaId ?? "county"}:${scope.today}`;
  const now = ctx.now().getTime();
  const found = kept.get(key);
  if (found && now - found.at < KEEP_MS) return found.figure;
  const figure = (async () => {
    const stored = await storedCensusChildren(ctx.db, await childrenInNeedNow(ctx.db, scope));
    const withProblems = [...stored.values()].filter((child) => censusProblemsOf(child, scope.today).length > 0).length;
    return { children: stored.size, withProblems };
  })();
  // A failed answer is not kept: the next page load asks again.
  figure.catch(() => kept.delete(key));
  for (const [k, v] of kept) if (now - v.at >= KEEP_MS) kept.delete(k);
  kept.set(key, { at: now, figure });
  return figure;
}
