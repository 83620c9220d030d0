import { Route } from "react-router";
import { RequirePermission } from "../../auth/require-permission";
import type { NavigationLink } from "../../auth/require-staff";
import { AssessmentListPage } from "./assessment-list-page";
import { AssessmentPage } from "./assessment-page";
import { AssessmentPrintPage } from "./print-page";
import { assessmentPaths } from "./paths";
import { AssessmentSectionPage } from "./section-page";
import { StartAssessmentPage } from "./start-assessment-page";

/** The Early Help Assessment screens, for the LCSS portal to place inside its RequireStaff route. */
export function assessmentRoutes() {
  return (
    <>
      <Route element={<RequirePermission permission="assessments.read" />}>
        <Route path={assessmentPaths.list} element={<AssessmentListPage />} />
        <Route path="/assessments/:assessmentId" element={<AssessmentPage />} />
        <Route path="/assessments/:assessmentId/print" element={<AssessmentPrintPage />} />
      </Route>
      <Route element={<RequirePermission permission="assessments.write" />}>
        <Route path="/assessments/new/:familyId" element={<StartAssessmentPage />} />
        <Route path="/assessments/:assessmentId/sections/:taskKey" element={<AssessmentSectionPage />} />
      </Route>
    </>
  );
}

export const assessmentNavigation: NavigationLink[] = [{ text: "Assessments", to: assessmentPaths.list, permission: "assessments.read" }];
