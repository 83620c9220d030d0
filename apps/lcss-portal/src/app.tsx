import {
  DashboardTasks,
  dashboardNavigation,
  dashboardRoutes,
  assessmentNavigation,
  assessmentRoutes,
  adviceRequestRoutes,
  ConsultationTasks,
  directoryNavigation,
  directoryRoutes,
  LcssHomeFigures,
  consultationNavigation,
  consultationRoutes,
  NotFoundPage,
  PeopleTasks,
  peopleNavigation,
  peopleRoutes,
  familyRecordRoutes,
  RequireStaff,
  StaffHomePage,
  stepDownNavigation,
  stepDownRoutes,
  tafRoutes,
} from "@hearth/ui";
import { Route, Routes } from "react-router";
import { ComponentsPage } from "./components-demo/components-page";

// Who may use the app, and which of its links each role sees, come from @hearth/domain's permissions.
const navigation = [
  { text: "Home", to: "/" },
  ...consultationNavigation,
  ...stepDownNavigation,
  ...assessmentNavigation,
  ...peopleNavigation,
  ...directoryNavigation,
  ...dashboardNavigation,
];

export function App() {
  return (
    <Routes>
      {/* Public: professionals without an account ask for advice (issue 11 §2). */}
      {adviceRequestRoutes()}
      <Route element={<RequireStaff permission="lcssPortal.use" navigation={navigation} />}>
        <Route
          index
          element={
            <StaffHomePage familyLinks>
              <LcssHomeFigures />
              <ConsultationTasks />
              <PeopleTasks />
              <DashboardTasks />
            </StaffHomePage>
          }
        />
        {consultationRoutes()}
        {assessmentRoutes()}
        {tafRoutes()}
        {stepDownRoutes()}
        {directoryRoutes()}
        {peopleRoutes()}
        {familyRecordRoutes()}
        {dashboardRoutes()}
        {/* The case-work components with sample data; linked from nowhere, for the team only. */}
        <Route path="components/:recordPage?" element={<ComponentsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
