import {
  allocationMeetingNavigation,
  allocationMeetingRoutes,
  CaseTasks,
  caseNavigation,
  caseRoutes,
  NotFoundPage,
  PeopleTasks,
  peopleNavigation,
  peopleRoutes,
  familyRecordRoutes,
  intakeNavigation,
  intakeRoutes,
  RequireStaff,
  StaffHomePage,
} from "@hearth/ui";
import { Route, Routes } from "react-router";

// Who may use the app, and which of its links each role sees, come from @hearth/domain's permissions.
const navigation = [{ text: "Home", to: "/" }, ...caseNavigation, ...intakeNavigation, ...allocationMeetingNavigation, ...peopleNavigation];

export function App() {
  return (
    <Routes>
      <Route element={<RequireStaff permission="fssCasework.use" navigation={navigation} />}>
        <Route
          index
          element={
            <StaffHomePage familyLinks>
              <CaseTasks />
              <PeopleTasks />
            </StaffHomePage>
          }
        />
        {caseRoutes()}
        {peopleRoutes()}
        {familyRecordRoutes()}
        {intakeRoutes()}
        {allocationMeetingRoutes()}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
