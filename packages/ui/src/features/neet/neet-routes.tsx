import { can } from "@hearth/domain";
import { Link, Route } from "react-router";
import { RequirePermission } from "../../auth/require-permission";
import type { NavigationLink } from "../../auth/require-staff";
import { useStaff } from "../../auth/use-staff";
import { NeetChaseListPage } from "./chase-list-page";
import { NeetFiguresPage } from "./figures-page";
import { neetPaths } from "./paths";
import { NeetYoungPersonPage } from "./young-person-page";

/** NEET tracking (issue 14 §2), for the FSS casework app, where the EET team signs in. */
export function neetRoutes() {
  return (
    <Route element={<RequirePermission permission="neet.read" />}>
      <Route path={neetPaths.chaseList} element={<NeetChaseListPage />} />
      <Route path="/neet/young-people/:personId" element={<NeetYoungPersonPage />} />
      <Route path={neetPaths.figures} element={<NeetFiguresPage />} />
    </Route>
  );
}

export const neetNavigation: NavigationLink[] = [{ text: "NEET tracking", to: neetPaths.chaseList, permission: "neet.read" }];

/** On the home page, for the EET team and those who report on it. */
export function NeetTasks() {
  const staff = useStaff();
  if (!can(staff.role, "neet.read")) return null;
  return (
    <>
      <h2 className="govuk-heading-m">NEET tracking</h2>
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" to={neetPaths.chaseList}>
            Young people not known
          </Link>
          : the chase list, by area
        </li>
        <li>
          <Link className="govuk-link" to={neetPaths.figures}>
            NEET figures
          </Link>
          : NEET and not known by area and month
        </li>
      </ul>
    </>
  );
}
