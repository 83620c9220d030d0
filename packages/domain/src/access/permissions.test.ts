import { describe, expect, it } from "vitest";
import { can, canAny, permissionNames, permissions, rolesFor } from "./permissions";
import { staffRoles } from "./roles";

describe("permissions", () => {
  it("every permission names only real roles, each once", () => {
    for (const name of permissionNames) {
      const roles = rolesFor(name);
      expect(roles.length, name).toBeGreaterThan(0);
      expect(new Set(roles).size, name).toBe(roles.length);
      for (const role of roles) expect(staffRoles, name).toContain(role);
    }
  });

  it("denies by default: a role not listed does not hold the permission", () => {
    expect(can("data_officer", "people.search")).toBe(false);
    expect(can("admin", "centreSessions.manage")).toBe(false);
    expect(can("lcss_worker", "reach.read")).toBe(false);
    expect(can("centre_staff", "thresholdIndicators.edit")).toBe(false);
  });

  it("data officers read reach figures, and so may enter the centre staff area", () => {
    expect(can("data_officer", "reach.read")).toBe(true);
    expect(can("data_officer", "centreStaffArea.use")).toBe(true);
  });

  it("administrators enter the centre staff area for its messages, not to run sessions", () => {
    expect(can("admin", "centreStaffArea.use")).toBe(true);
    expect(can("admin", "notifications.read")).toBe(true);
    expect(can("admin", "centreSessions.manage")).toBe(false);
    expect(can("admin", "reach.read")).toBe(false);
  });

  it("whoever holds a page of the centre staff area may enter it, and no one else", () => {
    const pages = ["centreSessions.manage", "familyMatches.check", "reach.read", "notifications.read"] as const;
    for (const role of staffRoles) expect(can(role, "centreStaffArea.use"), role).toBe(canAny(role, pages));
  });

  it("whoever merges duplicates or manages restrictions has a way to find the record, and data officers still do not read the index", () => {
    for (const role of staffRoles) expect(can(role, "people.maintain"), role).toBe(canAny(role, ["people.merge", "restrictions.manage"]));
    expect(can("data_officer", "people.maintain")).toBe(true);
    expect(canAny("data_officer", ["people.read", "people.search", "families.read"])).toBe(false);
    // The app their navigation draws "Duplicates and restrictions" in.
    expect(can("data_officer", "fssCasework.use")).toBe(true);
  });

  it("canAny holds when any one permission does, and not for none", () => {
    expect(canAny("data_officer", ["people.search", "reach.read"])).toBe(true);
    expect(canAny("data_officer", ["people.search", "centreSessions.manage"])).toBe(false);
    expect(canAny("admin", [])).toBe(false);
  });

  it("rolesFor answers the map itself", () => {
    expect(rolesFor("programmes.edit")).toBe(permissions["programmes.edit"]);
  });
});
