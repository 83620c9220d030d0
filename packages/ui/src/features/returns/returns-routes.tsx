import { can } from "@hearth/domain";
import { Link, Route } from "react-router";
import { RequirePermission } from "../../auth/require-permission";
import type { NavigationLink } from "../../auth/require-staff";
import { useStaff } from "../../auth/use-staff";
import { returnsPaths } from "./paths";
import { StatutoryReturnsPage } from "./statutory-returns-page";

/** Statutory returns (issue 14), for the FSS casework app, where data officers sign in. */
export function returnsRoutes() {
  return (
    <Route element={<RequirePermission permission="returns.read" />}>
      <Route path={returnsPaths.statutoryReturns} element={<StatutoryReturnsPage />} />
    </Route>
  );
}

export const returnsNavigation: NavigationLink[] = [{ text: "Statutory returns", to: returnsPaths.statutoryReturns, permission: "returns.read" }];

/** On the home page, for the roles that produce returns. */
export function ReturnsTasks() {
  const staff = useStaff();
  if (!can(staff.role, "returns.read")) return null;
  return (
    <>
      <h2 className="govuk-heading-m">Returns</h2>
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" to={returnsPaths.statutoryReturns}>
            Statutory returns
          </Link>
          : the Children in Need census and its validation report
        </li>
      </ul>
    </>
  );
}
