import {
  allocationMeetingNavigation,
  allocationMeetingRoutes,
  CaseTasks,
  caseNavigation,
  caseRoutes,
  EpisodeTasks,
  FssHomeFigures,
  episodeNavigation,
  episodeRoutes,
  NotFoundPage,
  PeopleTasks,
  peopleNavigation,
  peopleRoutes,
  familyRecordRoutes,
  intakeNavigation,
  intakeRoutes,
  RequireStaff,
  ReturnsTasks,
  returnsNavigation,
  returnsRoutes,
  StaffHomePage,
} from "@hearth/ui";
import { Route, Routes } from "react-router";

// Who may use the app, and which of its links each role sees, come from @hearth/domain's permissions.
const navigation = [
  { text: "Home", to: "/" },
  ...caseNavigation,
  ...episodeNavigation,
  ...intakeNavigation,
  ...allocationMeetingNavigation,
  ...peopleNavigation,
  ...returnsNavigation,
];

export function App() {
  return (
    <Routes>
      <Route element={<RequireStaff permission="fssCasework.use" navigation={navigation} />}>
        <Route
          index
          element={
            <StaffHomePage familyLinks>
              <FssHomeFigures />
              <CaseTasks />
              <EpisodeTasks />
              <PeopleTasks />
              <ReturnsTasks />
            </StaffHomePage>
          }
        />
        {caseRoutes()}
        {episodeRoutes()}
        {peopleRoutes()}
        {familyRecordRoutes()}
        {intakeRoutes()}
        {returnsRoutes()}
        {allocationMeetingRoutes()}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
