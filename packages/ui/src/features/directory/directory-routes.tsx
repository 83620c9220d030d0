import { Route } from "react-router";
import type { NavigationLink } from "../../auth/require-staff";
import { RequirePermission } from "../../auth/require-permission";
import { DirectoryEditPage } from "./directory-edit-page";
import { DirectoryListPage } from "./directory-list-page";
import { directoryPaths } from "./paths";

export const directoryNavigation: NavigationLink[] = [{ text: "Service directory", to: directoryPaths.list, permission: "directory.read" }];

/** The service directory's staff screens, for the LCSS portal to place inside its RequireStaff route. */
export function directoryRoutes() {
  return (
    <>
      <Route element={<RequirePermission permission="directory.read" />}>
        <Route path={directoryPaths.list} element={<DirectoryListPage />} />
      </Route>
      <Route element={<RequirePermission permission="directory.edit" />}>
        <Route path={directoryPaths.add} element={<DirectoryEditPage />} />
        <Route path="/directory/:serviceId" element={<DirectoryEditPage />} />
      </Route>
    </>
  );
}
