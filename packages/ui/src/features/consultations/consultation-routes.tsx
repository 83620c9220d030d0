import { can } from "@hearth/domain";
import { Link, Route } from "react-router";
import { RequirePermission } from "../../auth/require-permission";
import type { NavigationLink } from "../../auth/require-staff";
import { useStaff } from "../../auth/use-staff";
import { ConsultationListPage } from "./consultation-list-page";
import { ConsultationPage } from "./consultation-page";
import { ImmediateRiskPage } from "./immediate-risk-page";
import { LogCallPage } from "./log-call-page";
import { consultationPaths } from "./paths";

/** The advice line's screens, for the LCSS portal to place inside its RequireStaff route. */
export function consultationRoutes() {
  return (
    <>
      <Route element={<RequirePermission permission="consultations.read" />}>
        <Route path={consultationPaths.list} element={<ConsultationListPage />} />
        <Route path="/consultations/:consultationId" element={<ConsultationPage />} />
      </Route>
      <Route element={<RequirePermission permission="consultations.write" />}>
        <Route path={consultationPaths.start} element={<ImmediateRiskPage />} />
        <Route path={consultationPaths.log} element={<LogCallPage />} />
      </Route>
    </>
  );
}

export const consultationNavigation: NavigationLink[] = [{ text: "Consultations", to: consultationPaths.list, permission: "consultations.read" }];

/** The advice line's tasks on the LCSS home page; nothing for roles that do not take calls. */
export function ConsultationTasks() {
  const staff = useStaff();
  if (!can(staff.role, "consultations.write")) return null;
  return (
    <>
      <h2 className="govuk-heading-m">Consultation line</h2>
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" to={consultationPaths.start}>
            Log a call
          </Link>{" "}
          from a professional worried about a child
        </li>
        <li>
          <Link className="govuk-link" to={consultationPaths.list}>
            Consultations
          </Link>{" "}
          in your area
        </li>
      </ul>
    </>
  );
}
