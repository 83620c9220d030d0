import { can } from "@hearth/domain";
import { Link, Route } from "react-router";
import { RequirePermission } from "../../auth/require-permission";
import type { NavigationLink } from "../../auth/require-staff";
import { useStaff } from "../../auth/use-staff";
import { CaseloadPage } from "./caseload-page";
import { CasePage } from "./case-page";
import { casePaths } from "./paths";
import { TeamWorkloadPage } from "./team-workload-page";

/** The FSS case screens, for the FSS casework app to place inside its RequireStaff route. */
export function caseRoutes() {
  return (
    <Route element={<RequirePermission permission="cases.read" />}>
      <Route path={casePaths.caseload} element={<CaseloadPage />} />
      <Route path="/cases/:caseId" element={<CasePage />} />
      <Route element={<RequirePermission permission="cases.oversee" />}>
        <Route path={casePaths.teamWorkload} element={<TeamWorkloadPage />} />
      </Route>
    </Route>
  );
}

export const caseNavigation: NavigationLink[] = [
  { text: "My caseload", to: casePaths.caseload, permission: "cases.read" },
  { text: "Team workload", to: casePaths.teamWorkload, permission: "cases.oversee" },
];

/** Case work on the FSS home page; nothing for roles that hold no cases. */
export function CaseTasks() {
  const staff = useStaff();
  if (!can(staff.role, "cases.read")) return null;
  return (
    <>
      <h2 className="govuk-heading-m">Cases</h2>
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" to={casePaths.caseload}>
            My caseload
          </Link>{" "}
          and the visits due
        </li>
      </ul>
    </>
  );
}
