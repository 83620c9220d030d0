import { neetFigures } from "@hearth/db";
import { dashboardFigure, shareValue, type DashboardFilters, type DashboardSection } from "@hearth/domain";
import type { ScopedContext } from "../context";
import { dashboardScopeFor, sectionHeader } from "./dashboard-scope";

/**
 * NEET and not-known shares of the cohort at the period's end (issue 15 §2), by area, from the
 * same query as the EET team's NEET figures and the NCCIS counts. Counts only: no audit row.
 */
export async function neetDashboardFigures(ctx: ScopedContext, filters: DashboardFilters): Promise<DashboardSection> {
  const scope = await dashboardScopeFor(ctx, filters);
  const s = scope.suppress;
  const rows = (await neetFigures(ctx.db, { monthEnds: [scope.to], periods: ctx.config.neet.currencyPeriods })).filter(
    (r) => !scope.areaId || r.areaId === scope.areaId,
  );
  return {
    ...sectionHeader(scope),
    figures: [
      dashboardFigure(
        "neet-share",
        "Young people NEET, share of the cohort",
        "Area",
        "Share NEET",
        rows.map((r) => shareValue(r.areaName, r.neet, r.cohort, s)),
        "percent",
      ),
      dashboardFigure(
        "not-known-share",
        "Young people whose activity is not known, share of the cohort",
        "Area",
        "Share not known",
        rows.map((r) => shareValue(r.areaName, r.notKnown, r.cohort, s)),
        "percent",
      ),
    ],
  };
}
