import { canAny, type Permission } from "@hearth/domain";
import { Outlet } from "react-router";
import { NoAccessPage } from "../pages/problem-pages";
import { useStaff } from "./use-staff";

/**
 * For the pages of an app that only some of its users may use (the reach figures, the session
 * registers): inside RequireStaff, refuses plainly those whose role lacks `permission` (or all of
 * several, when the page has a part for each), rather than
 * drawing a page whose every call the server would refuse. The server checks each call regardless.
 */
export function RequirePermission({ permission }: { permission: Permission | readonly Permission[] }) {
  const staff = useStaff();
  if (!canAny(staff.role, typeof permission === "string" ? [permission] : permission)) return <NoAccessPage />;
  return <Outlet />;
}
