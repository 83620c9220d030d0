import { can, canAny } from "@hearth/domain";
import { Link, Route } from "react-router";
import { RequirePermission } from "../../auth/require-permission";
import type { NavigationLink } from "../../auth/require-staff";
import { useStaff } from "../../auth/use-staff";
import { returnsPaths } from "./paths";
import { StatutoryReturnsPage } from "./statutory-returns-page";

/** Whoever makes a return: data officers the census, the EET team the NCCIS return. */
const makesAReturn = ["returns.read", "returns.nccis"] as const;

/** Statutory returns (issue 14), for the FSS casework app, where data officers and the EET team sign in. */
export function returnsRoutes() {
  return (
    <Route element={<RequirePermission permission={makesAReturn} />}>
      <Route path={returnsPaths.statutoryReturns} element={<StatutoryReturnsPage />} />
    </Route>
  );
}

export const returnsNavigation: NavigationLink[] = [{ text: "Statutory returns", to: returnsPaths.statutoryReturns, permission: makesAReturn }];

/** On the home page, for the roles that produce returns. */
export function ReturnsTasks() {
  const staff = useStaff();
  if (!canAny(staff.role, makesAReturn)) return null;
  return (
    <>
      <h2 className="govuk-heading-m">Returns</h2>
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" to={returnsPaths.statutoryReturns}>
            Statutory returns
          </Link>
          : {can(staff.role, "returns.read") ? "the Children in Need census and the monthly NCCIS return" : "the monthly NCCIS return"}, each with its
          validation report
        </li>
      </ul>
    </>
  );
}
