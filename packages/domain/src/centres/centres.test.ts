import { describe, expect, it } from "vitest";
import { centreCreateSchema } from "./centre";
import { centreClosureCreateSchema, isCentreClosedOn } from "./closures";
import { isInReachArea, localityListSchema, placeOfPostcode } from "./localities";
import { fitsOpeningHours, isOpenAt, openingHoursSchema, openingOn } from "./opening-hours";
import { normalisePostcode, postcodeDistrict, postcodeSchema } from "./postcode";

describe("postcodes", () => {
  it.each([
    [" ox4 6qb ", "OX4 6QB"],
    ["OX166AA", "OX16 6AA"],
    ["sw1a1aa", "SW1A 1AA"],
    ["W1A 0AX", "W1A 0AX"],
    ["EC1A 1BB", "EC1A 1BB"],
  ])("normalises %s to %s", (input, expected) => {
    expect(normalisePostcode(input)).toBe(expected);
  });

  it.each(["OX4", "OX4 6QBB", "QX4 6QB", "OX4 6CB", "12345"])("refuses %s", (input) => {
    expect(normalisePostcode(input)).toBeNull();
  });

  it("gives the district and a plain message", () => {
    expect(postcodeDistrict("ox16 6aa")).toBe("OX16");
    expect(postcodeSchema.safeParse("nowhere").error?.issues[0]?.message).toBe("Enter a real postcode, like OX4 6QB");
  });
});

const localities = localityListSchema.parse([
  { name: "Banbury North", area: "North", postcodeDistricts: ["OX16"] },
  { name: "Oxford South East", area: "Central", postcodeDistricts: ["OX4"] },
  { name: "Abingdon", area: "South", postcodeDistricts: ["OX13", "OX14"] },
]);

describe("localities", () => {
  it("place a postcode in its locality and area by whole district", () => {
    expect(placeOfPostcode("ox14 3ab", localities)).toMatchObject({
      area: "South",
      locality: { name: "Abingdon" },
    });
    // OX1 is not OX14: districts are matched whole, not by prefix.
    expect(placeOfPostcode("OX1 1AA", localities)).toBeNull();
    expect(placeOfPostcode("not a postcode", localities)).toBeNull();
  });

  it("refuse a district in two localities", () => {
    const result = localityListSchema.safeParse([...localities, { name: "Cowley", area: "Central", postcodeDistricts: ["ox4"] }]);
    expect(result.error?.issues[0]?.message).toBe("OX4 is already in Oxford South East");
  });

  it("check reach areas", () => {
    expect(isInReachArea("OX16 9XX", ["OX16", "OX15"])).toBe(true);
    expect(isInReachArea("OX26 1AA", ["OX16", "OX15"])).toBe(false);
  });
});

const hours = openingHoursSchema.parse([
  { day: "monday", opens: "09:00", closes: "12:30" },
  { day: "monday", opens: "13:30", closes: "17:00" },
  { day: "wednesday", opens: "09:00", closes: "15:00" },
]);
const closures = [{ from: "2026-02-16", to: "2026-02-20", reason: "Heating repairs" }];

describe("opening hours and closures", () => {
  it("report what a family would find on a date", () => {
    expect(openingOn(hours, [], "2026-02-09")).toEqual({
      open: true,
      periods: [
        { opens: "09:00", closes: "12:30" },
        { opens: "13:30", closes: "17:00" },
      ],
    });
    expect(openingOn(hours, [], "2026-02-10")).toEqual({
      open: false,
      reason: "Closed on Tuesdays",
    });
    expect(openingOn(hours, closures, "2026-02-16")).toEqual({
      open: false,
      reason: "Closed: Heating repairs",
    });
  });

  it("know lunchtime closures and whether a session fits", () => {
    expect(isOpenAt(hours, [], "2026-02-09", "12:45")).toBe(false);
    expect(isOpenAt(hours, [], "2026-02-09", "13:30")).toBe(true);
    expect(isOpenAt(hours, [], "2026-02-09", "17:00")).toBe(false);
    expect(fitsOpeningHours(hours, [], "2026-02-11", "10:00", "11:30")).toBe(true);
    expect(fitsOpeningHours(hours, [], "2026-02-09", "12:00", "13:00")).toBe(false);
  });

  it("refuse impossible or overlapping hours", () => {
    expect(openingHoursSchema.safeParse([{ day: "friday", opens: "17:00", closes: "09:00" }]).error?.issues[0]?.message).toBe(
      "Closing time must be after opening time",
    );
    expect(
      openingHoursSchema.safeParse([
        { day: "friday", opens: "09:00", closes: "13:00" },
        { day: "friday", opens: "12:00", closes: "15:00" },
      ]).error?.issues[0]?.message,
    ).toBe("Opening times on Friday overlap");
    expect(openingHoursSchema.safeParse([{ day: "friday", opens: "9am", closes: "15:00" }]).error?.issues[0]?.message).toBe(
      "Enter a time in 24-hour format, like 09:30",
    );
  });

  it("treat closure dates as inclusive and refuse a closure that ends before it starts", () => {
    expect(isCentreClosedOn(closures, "2026-02-20")).toBe(true);
    expect(isCentreClosedOn(closures, "2026-02-21")).toBe(false);
    const centreId = "99999999-9999-4999-8999-999999999999";
    const bad = centreClosureCreateSchema.safeParse({
      centreId,
      from: "2026-02-20",
      to: "2026-02-16",
      reason: "Works",
      sessions: "move",
    });
    expect(bad.error?.issues.map((i) => i.message)).toEqual([
      "The closure must end on or after the day it starts",
      "Choose where the sessions move to",
    ]);
  });
});

describe("centres", () => {
  it("need an address unless they are mobile provision", () => {
    expect(centreCreateSchema.safeParse({ name: "Didcot", kind: "centre", area: "South" }).error?.issues.map((i) => i.message)).toEqual([
      "Enter the address",
      "Enter the postcode",
    ]);
    expect(centreCreateSchema.safeParse({ name: "Mobile provision", kind: "mobile", area: "North" }).success).toBe(true);
    expect(centreCreateSchema.safeParse({ name: "Mobile", kind: "mobile", area: "North", postcode: "OX4 6QB" }).success).toBe(false);
  });

  it("all have an owning area, the county-wide mobile provision too", () => {
    expect(centreCreateSchema.safeParse({ name: "Mobile provision", kind: "mobile" }).error?.issues.map((i) => i.message)).toEqual([
      "Choose the area that runs this venue",
    ]);
  });
});
