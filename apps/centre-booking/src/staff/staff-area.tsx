import { NotFoundPage, RequireStaff, ServiceProvider, StaffHomePage } from "@hearth/ui";
import { Route, Routes } from "react-router";

// Staff at a centre, managers of an area's centres, and administrators.
const CENTRE_ROLES = ["centre_staff", "centre_manager", "admin"] as const;

// To the people who use it the staff area is a different service, so it carries its own name.
const staffService = { name: "Manage children's centre sessions", homePath: "/staff" };

/** Everything under /centres/staff/: loaded only when staff go there, to keep the public pages light on phones. */
export default function StaffArea() {
  return (
    <ServiceProvider service={staffService}>
      <Routes>
        <Route
          element={
            <RequireStaff roles={CENTRE_ROLES} navigation={[{ text: "Home", to: "/staff" }]} />
          }
        >
          <Route index element={<StaffHomePage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </ServiceProvider>
  );
}
