import { Route } from "react-router";
import { RequirePermission } from "../../auth/require-permission";
import type { NavigationLink } from "../../auth/require-staff";
import { NeetChaseListPage } from "./chase-list-page";
import { NeetFiguresPage } from "./figures-page";
import { neetPaths } from "./paths";
import { NeetYoungPersonPage } from "./young-person-page";

/** NEET tracking (issue 14 §2), for the FSS casework app, where the EET team signs in. */
export function neetRoutes() {
  return (
    <Route element={<RequirePermission permission="neet.read" />}>
      <Route path={neetPaths.chaseList} element={<NeetChaseListPage />} />
      <Route path="/neet/young-people/:personId" element={<NeetYoungPersonPage />} />
      <Route path={neetPaths.figures} element={<NeetFiguresPage />} />
    </Route>
  );
}

export const neetNavigation: NavigationLink[] = [{ text: "NEET tracking", to: neetPaths.chaseList, permission: "neet.read" }];
