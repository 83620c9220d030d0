import {
  NotFoundPage,
  PeopleTasks,
  peopleNavigation,
  peopleRoutes,
  RequireStaff,
  StaffHomePage,
  type Staff,
} from "@hearth/ui";
import { Route, Routes } from "react-router";
import { ComponentsPage } from "./components-demo/components-page";

// Locality workers and seniors, plus administrators who look after every service.
const LCSS_ROLES = ["lcss_worker", "lcss_senior", "admin"] as const;

const navigation = (staff: Staff) => [{ text: "Home", to: "/" }, ...peopleNavigation(staff)];

export function App() {
  return (
    <Routes>
      <Route element={<RequireStaff roles={LCSS_ROLES} navigation={navigation} />}>
        <Route
          index
          element={
            <StaffHomePage>
              <PeopleTasks />
            </StaffHomePage>
          }
        />
        {peopleRoutes()}
        {/* The case-work components with sample data; linked from nowhere, for the team only. */}
        <Route path="components/:recordPage?" element={<ComponentsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
