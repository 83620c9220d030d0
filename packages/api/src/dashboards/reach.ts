import { reachByCentre } from "@hearth/db";
import { countValue, dashboardFigure, type DashboardFilters, type DashboardSection } from "@hearth/domain";
import type { ScopedContext } from "../context";
import { dashboardScopeFor, sectionHeader } from "./dashboard-scope";

/**
 * Open-access reach per centre in the period (issue 15 §2): different children and families who
 * came to a session, and attendances. Counts only, nobody's record: no audit row.
 */
export async function reachDashboardFigures(ctx: ScopedContext, filters: DashboardFilters): Promise<DashboardSection> {
  const scope = await dashboardScopeFor(ctx, filters);
  const rows = await reachByCentre(ctx.db, scope);
  const s = scope.suppress;
  return {
    ...sectionHeader(scope),
    figures: [
      dashboardFigure(
        "reach-children",
        "Children who came to open-access sessions",
        "Centre",
        "Children",
        rows.map((r) => countValue(r.centreName, r.children, s)),
      ),
      dashboardFigure(
        "reach-families",
        "Families who came to open-access sessions",
        "Centre",
        "Families",
        rows.map((r) => countValue(r.centreName, r.families, s)),
      ),
      // Attendances are visits, not people, but a handful of visits is a handful of people.
      dashboardFigure(
        "reach-attendances",
        "Attendances at open-access sessions",
        "Centre",
        "Attendances",
        rows.map((r) => countValue(r.centreName, r.attendances, s)),
      ),
    ],
  };
}
