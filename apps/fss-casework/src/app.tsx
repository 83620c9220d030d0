import { NotFoundPage, PeopleTasks, peopleNavigation, peopleRoutes, familyRecordRoutes, RequireStaff, StaffHomePage } from "@hearth/ui";
import { Route, Routes } from "react-router";

// Who may use the app, and which of its links each role sees, come from @hearth/domain's permissions.
const navigation = [{ text: "Home", to: "/" }, ...peopleNavigation];

export function App() {
  return (
    <Routes>
      <Route element={<RequireStaff permission="fssCasework.use" navigation={navigation} />}>
        <Route
          index
          element={
            <StaffHomePage familyLinks>
              <PeopleTasks />
            </StaffHomePage>
          }
        />
        {peopleRoutes()}
        {familyRecordRoutes()}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
