import {
  CaseTasks,
  caseNavigation,
  caseRoutes,
  EpisodeTasks,
  episodeNavigation,
  episodeRoutes,
  NotFoundPage,
  PeopleTasks,
  peopleNavigation,
  peopleRoutes,
  familyRecordRoutes,
  intakeNavigation,
  intakeRoutes,
  programmeNavigation,
  programmeRoutes,
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
  ...peopleNavigation,
  ...programmeNavigation,
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
        {programmeRoutes()}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
