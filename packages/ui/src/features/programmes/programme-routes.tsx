import { Route } from "react-router";
import { RequirePermission } from "../../auth/require-permission";
import type { NavigationLink } from "../../auth/require-staff";
import { CataloguePage } from "./catalogue-page";
import { OutcomesPage } from "./outcomes-page";
import { ProgrammeFormPage } from "./programme-form-page";
import { NewRunPage } from "./new-run-page";
import { programmePaths } from "./paths";
import { ReferFromCasePage } from "./refer-from-case-page";
import { RegisterPage } from "./register-page";
import { RunPage } from "./run-page";
import { RunsPage } from "./runs-page";

/** The group programme screens, for the FSS casework app to place inside its RequireStaff route. */
export function programmeRoutes() {
  return (
    <>
      <Route element={<RequirePermission permission="programmeRuns.read" />}>
        <Route path={programmePaths.runs} element={<RunsPage />} />
        <Route path="/programmes/runs/:runId" element={<RunPage />} />
      </Route>
      <Route element={<RequirePermission permission="programmes.read" />}>
        <Route path={programmePaths.catalogue} element={<CataloguePage />} />
      </Route>
      <Route element={<RequirePermission permission="programmes.edit" />}>
        <Route path={programmePaths.newProgramme} element={<ProgrammeFormPage />} />
        <Route path="/programmes/catalogue/:programmeId" element={<ProgrammeFormPage />} />
      </Route>
      <Route element={<RequirePermission permission="programmeRuns.manage" />}>
        <Route path={programmePaths.newRun} element={<NewRunPage />} />
      </Route>
      <Route element={<RequirePermission permission="programmeRuns.refer" />}>
        <Route path="/cases/:caseId/refer-to-programme" element={<ReferFromCasePage />} />
      </Route>
      <Route element={<RequirePermission permission="programmeRuns.register" />}>
        <Route path="/programmes/runs/:runId/register/:sessionDate" element={<RegisterPage />} />
      </Route>
      <Route element={<RequirePermission permission="outcomeMeasures.read" />}>
        <Route path="/programmes/outcomes/:personId" element={<OutcomesPage />} />
      </Route>
    </>
  );
}

export const programmeNavigation: NavigationLink[] = [{ text: "Programmes", to: programmePaths.runs, permission: "programmeRuns.read" }];
