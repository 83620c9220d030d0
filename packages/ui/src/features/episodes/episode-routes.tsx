import { can } from "@hearth/domain";
import { Link, Route } from "react-router";
import { RequirePermission } from "../../auth/require-permission";
import type { NavigationLink } from "../../auth/require-staff";
import { useStaff } from "../../auth/use-staff";
import { CensusReadinessPage } from "./census-readiness-page";
import { ChildEpisodesPage } from "./child-episodes-page";
import { episodePaths } from "./paths";

/** The statutory episode screens, for the FSS casework app to place inside its RequireStaff route. */
export function episodeRoutes() {
  return (
    <Route element={<RequirePermission permission="episodes.read" />}>
      <Route path="/cases/:caseId/children/:childId/episodes" element={<ChildEpisodesPage />} />
      <Route path={episodePaths.readiness} element={<CensusReadinessPage />} />
    </Route>
  );
}

export const episodeNavigation: NavigationLink[] = [{ text: "Census readiness", to: episodePaths.readiness, permission: "episodes.read" }];

/** Census readiness on the FSS home page, beside the caseload; nothing for roles that record no episodes. */
export function EpisodeTasks() {
  const staff = useStaff();
  if (!can(staff.role, "episodes.read")) return null;
  return (
    <ul className="govuk-list">
      <li>
        <Link className="govuk-link" to={episodePaths.readiness}>
          Census readiness
        </Link>{" "}
        of the children on {staff.role === "fss_manager" ? "your team’s" : "your"} cases
      </li>
    </ul>
  );
}
