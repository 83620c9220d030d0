import { describe, expect, it } from "vitest";
import { canSeeArea, ownerAreaFor, type StaffScope } from "./scope";

const north = "00000000-0000-4000-8000-000000000001";
const central = "00000000-0000-4000-8000-000000000002";
const northWorker: StaffScope = { role: "lcss_worker", areaId: north, centreId: null };
const admin: StaffScope = { role: "admin", areaId: null, centreId: null };

describe("canSeeArea", () => {
  it("lets staff see their own area and county-wide roles every area", () => {
    expect(canSeeArea(northWorker, north)).toBe(true);
    expect(canSeeArea(northWorker, central)).toBe(false);
    expect(canSeeArea(admin, central)).toBe(true);
  });

  it("never grants on a record with no area, to anyone", () => {
    for (const scope of [northWorker, admin, { role: "centre_manager", areaId: central, centreId: null } satisfies StaffScope]) {
      expect(canSeeArea(scope, null)).toBe(false);
      expect(canSeeArea(scope, undefined)).toBe(false);
    }
  });
});

describe("ownerAreaFor", () => {
  it("gives the record its postcode's area when the postcode is in the county", () => {
    expect(ownerAreaFor(northWorker, { postcodeAreaId: north })).toEqual({ areaId: north });
    expect(ownerAreaFor(admin, { postcodeAreaId: central, chosenAreaId: north })).toEqual({ areaId: central });
    expect(ownerAreaFor(northWorker, { postcodeAreaId: central })).toEqual({ problem: "postcode_out_of_scope" });
  });

  it("otherwise gives it the area chosen, which must be one the member of staff can see", () => {
    expect(ownerAreaFor(admin, { postcodeAreaId: null, chosenAreaId: central })).toEqual({ areaId: central });
    expect(ownerAreaFor(northWorker, { postcodeAreaId: null, chosenAreaId: north })).toEqual({ areaId: north });
    expect(ownerAreaFor(northWorker, { postcodeAreaId: null, chosenAreaId: central })).toEqual({ problem: "area_out_of_scope" });
  });

  it("otherwise gives it the member of staff's own area; county-wide staff must choose", () => {
    expect(ownerAreaFor(northWorker, { postcodeAreaId: null })).toEqual({ areaId: north });
    expect(ownerAreaFor(admin, { postcodeAreaId: null })).toEqual({ problem: "choose_area" });
  });
});
