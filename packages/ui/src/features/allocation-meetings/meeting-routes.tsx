import { Route } from "react-router";
import { RequirePermission } from "../../auth/require-permission";
import type { NavigationLink } from "../../auth/require-staff";
import { AllocationMeetingPage } from "./meeting-page";
import { AllocationMeetingsPage } from "./meetings-page";
import { allocationMeetingPaths } from "./paths";
import { RecordAllocationMeetingPage } from "./record-meeting-page";

/** The allocation meeting screens, for the FSS casework app to place inside its RequireStaff route. */
export function allocationMeetingRoutes() {
  return (
    <Route element={<RequirePermission permission="allocationMeetings.read" />}>
      <Route path={allocationMeetingPaths.list} element={<AllocationMeetingsPage />} />
      <Route element={<RequirePermission permission="allocationMeetings.record" />}>
        <Route path={allocationMeetingPaths.record} element={<RecordAllocationMeetingPage />} />
      </Route>
      <Route path="/allocation-meetings/:meetingId" element={<AllocationMeetingPage />} />
    </Route>
  );
}

export const allocationMeetingNavigation: NavigationLink[] = [
  { text: "Allocation meetings", to: allocationMeetingPaths.list, permission: "allocationMeetings.read" },
];
