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

// FSS workers and managers; the EET and data officers, whose tracking and statutory returns live
// in this app; and administrators.
const FSS_ROLES = ["fss_worker", "fss_manager", "eet_officer", "data_officer", "admin"] as const;

const navigation = (staff: Staff) => [{ text: "Home", to: "/" }, ...peopleNavigation(staff)];

export function App() {
  return (
    <Routes>
      <Route element={<RequireStaff roles={FSS_ROLES} navigation={navigation} />}>
        <Route
          index
          element={
            <StaffHomePage>
              <PeopleTasks />
            </StaffHomePage>
          }
        />
        {peopleRoutes()}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
