import { FindSupportPage, NotFoundPage } from "@hearth/ui";
import { lazy, Suspense } from "react";
import { Route, Routes } from "react-router";
import { bookingRoutes } from "./booking/booking-routes";
import { CentresPage } from "./public/centres-page";
import { PublicLayout } from "./public/public-layout";

const StaffArea = lazy(() => import("./staff/staff-area"));

export function App() {
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route index element={<CentresPage />} />
        {bookingRoutes()}
        {/* The locality service directory for families (issue 15 §1); its sessions link to booking. */}
        <Route path="support" element={<FindSupportPage bookingLink={(centre, type) => `/sessions?centre=${centre}&type=${type}`} />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      <Route
        path="staff/*"
        element={
          <Suspense fallback={null}>
            <StaffArea />
          </Suspense>
        }
      />
    </Routes>
  );
}
