import { Route } from "react-router";
import type { NavigationLink } from "../../auth/require-staff";
import { RequirePermission } from "../../auth/require-permission";
import { stepDownPaths } from "./paths";
import { StepDownsPage } from "./step-downs-page";

/** The step-down queue, for the LCSS portal to place inside its RequireStaff route. */
export function stepDownRoutes() {
  return (
    <Route element={<RequirePermission permission="stepDowns.read" />}>
      <Route path={stepDownPaths.list} element={<StepDownsPage />} />
    </Route>
  );
}

export const stepDownNavigation: NavigationLink[] = [{ text: "Stepped down from FSS", to: stepDownPaths.list, permission: "stepDowns.read" }];
