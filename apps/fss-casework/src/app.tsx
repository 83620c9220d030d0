import {
  DashboardTasks,
  dashboardNavigation,
  dashboardRoutes,
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
  NeetTasks,
  neetNavigation,
  neetRoutes,
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
  PageLayout,
  SetPasswordPage,
  StaffAccountTasks,
  staffAccountNavigation,
  staffAccountPaths,
  staffAccountRoutes,
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
  ...programmeNavigation,
  ...neetNavigation,
  ...returnsNavigation,
  ...dashboardNavigation,
  ...staffAccountNavigation,
];

export function App() {
  return (
    <Routes>
      {/* An invitation's link opens here before anyone is signed in. */}
      <Route
        path={staffAccountPaths.setPassword}
        element={
          <PageLayout>
            <SetPasswordPage />
          </PageLayout>
        }
      />
      <Route element={<RequireStaff permission="fssCasework.use" navigation={navigation} />}>
        <Route
          index
          element={
            <StaffHomePage familyLinks>
              <FssHomeFigures />
              <CaseTasks />
              <EpisodeTasks />
              <PeopleTasks />
              <NeetTasks />
              <ReturnsTasks />
              <DashboardTasks />
              <StaffAccountTasks />
            </StaffHomePage>
          }
        />
        {caseRoutes()}
        {episodeRoutes()}
        {peopleRoutes()}
        {familyRecordRoutes()}
        {intakeRoutes()}
        {neetRoutes()}
        {returnsRoutes()}
        {allocationMeetingRoutes()}
        {staffAccountRoutes()}
        {programmeRoutes()}
        {dashboardRoutes()}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
