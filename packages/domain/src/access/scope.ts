import { isCountyWide, type StaffRole } from "./roles";

/** What a signed-in member of staff may see, worked out once per request. */
export interface StaffScope {
  role: StaffRole;
  /** The area the person works in: their own, or their centre's. Null for county-wide roles. */
  areaId: string | null;
  centreId: string | null;
}

/**
 * A record is in scope for county-wide roles and for staff of the area that owns it. Every record
 * has an owning area (ADR 8), so a missing one is a fault, never "nobody's, so everybody's": it
 * grants nothing, not even to county-wide roles, and the record stays closed until it is fixed.
 */
export function canSeeArea(scope: StaffScope, recordAreaId: string | null | undefined): boolean {
  if (!recordAreaId) return false;
  if (isCountyWide(scope.role)) return true;
  return scope.areaId === recordAreaId;
}

export type OwnerAreaDecision = { areaId: string } | { problem: "choose_area" | "area_out_of_scope" | "postcode_out_of_scope" };

/**
 * Which area owns a new record (ADR 8): the area of its postcode when that is in the county; else
 * the area the member of staff chose; else their own area. County-wide staff have no area of their
 * own, so for a record with no county postcode they must choose one. Nobody may place a record in
 * an area they cannot see, or they would make something they could never open again.
 */
export function ownerAreaFor(scope: StaffScope, p: { postcodeAreaId: string | null; chosenAreaId?: string | null | undefined }): OwnerAreaDecision {
  if (p.postcodeAreaId) return canSeeArea(scope, p.postcodeAreaId) ? { areaId: p.postcodeAreaId } : { problem: "postcode_out_of_scope" };
  if (p.chosenAreaId) return canSeeArea(scope, p.chosenAreaId) ? { areaId: p.chosenAreaId } : { problem: "area_out_of_scope" };
  return scope.areaId ? { areaId: scope.areaId } : { problem: "choose_area" };
}

/** The plain-English message for each refusal above, shown beside the field it is about. */
export const ownerAreaProblems: Record<Exclude<OwnerAreaDecision, { areaId: string }>["problem"], { field: "postcode" | "areaId"; message: string }> =
  {
    choose_area: { field: "areaId", message: "Choose the area that will look after this record, as the postcode is not in the county" },
    area_out_of_scope: { field: "areaId", message: "Choose your own area: you cannot place a record in another area" },
    postcode_out_of_scope: { field: "postcode", message: "This postcode is outside your area: ask that area's team to record this person" },
  };
