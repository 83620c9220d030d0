import { Route } from "react-router";
import { RequirePermission } from "../../auth/require-permission";
import type { NavigationLink } from "../../auth/require-staff";
import { IntakeQueuePage } from "./intake-queue-page";
import { intakePaths } from "./paths";
import { RequestForServicePage } from "./request-page";

/** FSS's intake screens, for the FSS casework app to place inside its RequireStaff route. */
export function intakeRoutes() {
  return (
    <Route element={<RequirePermission permission="requestsForService.read" />}>
      <Route path={intakePaths.queue} element={<IntakeQueuePage />} />
      <Route path="/intake/:requestId" element={<RequestForServicePage />} />
    </Route>
  );
}

export const intakeNavigation: NavigationLink[] = [{ text: "Intake queue", to: intakePaths.queue, permission: "requestsForService.read" }];
