import { isCountyWide, type StaffRole } from "./roles";

/** What a signed-in member of staff may see, worked out once per request. */
export interface StaffScope {
  role: StaffRole;
  /** The area the person works in: their own, or their centre's. Null for county-wide roles. */
  areaId: string | null;
  centreId: string | null;
}

/**
 * A record that belongs to an area is in scope for county-wide roles and for staff of that area.
 * A record with no area yet (e.g. a family with no address) is visible to everyone allowed to use
 * the person index, so that it can be found and its address completed.
 */
export function canSeeArea(scope: StaffScope, recordAreaId: string | null): boolean {
  if (isCountyWide(scope.role)) return true;
  if (recordAreaId === null) return true;
  return scope.areaId === recordAreaId;
}
