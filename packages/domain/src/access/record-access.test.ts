import { describe, expect, it } from "vitest";
import { breakGlassExpiry, breakGlassSchema, canOpenPerson } from "./record-access";
import type { StaffScope } from "./scope";

const north = "00000000-0000-4000-8000-000000000001";
const central = "00000000-0000-4000-8000-000000000002";
const me = "00000000-0000-4000-8000-00000000000a";
const someoneElse = "00000000-0000-4000-8000-00000000000b";
const northWorker: StaffScope = { role: "lcss_worker", areaId: north, centreId: null };
const admin: StaffScope = { role: "admin", areaId: null, centreId: null };
const now = new Date("2026-12-02T10:00:00Z");
const none = { staffId: me, now, grants: [], restriction: null };

describe("canOpenPerson", () => {
  it("opens the owning area's records and, for county-wide roles, every area's", () => {
    expect(canOpenPerson(northWorker, { areaId: north }, none)).toEqual({ open: true, via: "area" });
    expect(canOpenPerson(admin, { areaId: central }, none)).toEqual({ open: true, via: "area" });
  });

  it("keeps another area's record closed without a grant, and opens it with an unexpired one of mine", () => {
    expect(canOpenPerson(northWorker, { areaId: central }, none)).toEqual({ open: false, reason: "out_of_area" });
    const mine = { staffId: me, expiresAt: breakGlassExpiry(now) };
    expect(canOpenPerson(northWorker, { areaId: central }, { ...none, grants: [mine] })).toEqual({ open: true, via: "break_glass" });
  });

  it("ignores expired grants and other people's grants", () => {
    const expired = { staffId: me, expiresAt: new Date(now.getTime() - 1) };
    const theirs = { staffId: someoneElse, expiresAt: breakGlassExpiry(now) };
    expect(canOpenPerson(northWorker, { areaId: central }, { ...none, grants: [expired, theirs] })).toMatchObject({ open: false });
  });

  it("lets a restriction beat area, county-wide role and grant alike: only named staff open it", () => {
    const restriction = { contact: "Central LCSS manager", allowedStaffIds: [someoneElse] };
    const grants = [{ staffId: me, expiresAt: breakGlassExpiry(now) }];
    for (const scope of [northWorker, admin])
      expect(canOpenPerson(scope, { areaId: north }, { ...none, grants, restriction })).toEqual({
        open: false,
        reason: "restricted",
        contact: "Central LCSS manager",
      });
    expect(canOpenPerson(northWorker, { areaId: central }, { ...none, staffId: someoneElse, restriction })).toEqual({ open: true, via: "named" });
  });

  it("gives a grant eight hours", () => {
    expect(breakGlassExpiry(now).toISOString()).toBe("2026-12-02T18:00:00.000Z");
  });
});

describe("breakGlassSchema", () => {
  it("refuses a missing or token reason", () => {
    const personId = "00000000-0000-4000-8000-000000000009";
    expect(breakGlassSchema.safeParse({ personId }).success).toBe(false);
    expect(breakGlassSchema.safeParse({ personId, reason: "   checking " }).success).toBe(false);
    expect(breakGlassSchema.safeParse({ personId, reason: "Child presented at A&E in our area" }).success).toBe(true);
  });
});
