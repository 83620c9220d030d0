import { Route } from "react-router";
import { RequirePermission } from "../../auth/require-permission";
import { TafListPage } from "./taf-list-page";
import { TafPage } from "./taf-page";

/** The Team Around the Family screens, for the LCSS portal to place inside its RequireStaff route. */
export function tafRoutes() {
  return (
    <Route element={<RequirePermission permission="taf.read" />}>
      <Route path="/taf" element={<TafListPage />} />
      <Route path="/taf/:tafId" element={<TafPage />} />
    </Route>
  );
}
