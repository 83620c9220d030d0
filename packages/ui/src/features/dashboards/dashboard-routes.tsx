import { can } from "@hearth/domain";
import { Link, Route } from "react-router";
import { RequirePermission } from "../../auth/require-permission";
import type { NavigationLink } from "../../auth/require-staff";
import { useStaff } from "../../auth/use-staff";
import { DashboardPage } from "./dashboard-page";
import { dashboardPaths } from "./paths";

/**
 * The dashboards (issue 15 §2), in every staff app a manager, data officer or administrator uses.
 * `path`: where they sit in an app whose staff pages are below a path of their own (the centres'
 * staff area), relative to it.
 */
export function dashboardRoutes(path: string = dashboardPaths.dashboard) {
  return (
    <Route element={<RequirePermission permission="dashboards.read" />}>
      <Route path={path} element={<DashboardPage />} />
    </Route>
  );
}

export const dashboardNavigation: NavigationLink[] = [{ text: "Dashboards", to: dashboardPaths.dashboard, permission: "dashboards.read" }];

/** On the home pages, for the managers and officers who read the dashboards. */
export function DashboardTasks() {
  const staff = useStaff();
  if (!can(staff.role, "dashboards.read")) return null;
  return (
    <>
      <h2 className="govuk-heading-m">Dashboards</h2>
      <p className="govuk-body">
        <Link className="govuk-link" to={dashboardPaths.dashboard}>
          See the dashboards
        </Link>
        : referrals, casework, programmes, reach and NEET figures, each with a chart, a table and a CSV
      </p>
    </>
  );
}
