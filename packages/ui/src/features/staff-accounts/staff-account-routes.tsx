import { can } from "@hearth/domain";
import { Link, Route } from "react-router";
import { RequirePermission } from "../../auth/require-permission";
import type { NavigationLink } from "../../auth/require-staff";
import { useStaff } from "../../auth/use-staff";
import { InviteStaffPage } from "./invite-staff-page";
import { staffAccountPaths } from "./paths";
import { StaffAccountPage } from "./staff-account-page";
import { StaffListPage } from "./staff-list-page";

/** Staff accounts (issue 15 §3), for the FSS casework app, where administrators sign in. */
export function staffAccountRoutes() {
  return (
    <Route element={<RequirePermission permission="staff.manage" />}>
      <Route path={staffAccountPaths.list} element={<StaffListPage />} />
      <Route path={staffAccountPaths.invite} element={<InviteStaffPage />} />
      <Route path="/staff/:staffId" element={<StaffAccountPage />} />
    </Route>
  );
}

export const staffAccountNavigation: NavigationLink[] = [{ text: "Staff accounts", to: staffAccountPaths.list, permission: "staff.manage" }];

/** On the home page, for administrators. */
export function StaffAccountTasks() {
  const staff = useStaff();
  if (!can(staff.role, "staff.manage")) return null;
  return (
    <>
      <h2 className="govuk-heading-m">Running Hearth</h2>
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" to={staffAccountPaths.list}>
            Staff accounts
          </Link>
          : invite, change, deactivate and reactivate
        </li>
      </ul>
    </>
  );
}
