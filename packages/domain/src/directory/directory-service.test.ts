import { describe, expect, it } from "vitest";
import { directoryReviewDateProblem, directoryReviewDue, directoryServiceSchema } from "./directory-service";
import { directorySearchSchema, districtOfTyped } from "./directory-search";

const valid = {
  name: "Dads' group",
  provider: "Oxford Dads Network",
  description: "A Saturday group for dads and their children.",
  needs: ["parenting"],
  minimumAge: 0,
  maximumAge: 5,
  cost: "Free",
  localityIds: ["6f1c1a52-8f8f-4d6a-9a55-1c7a9e3b2a10"],
  accessRoutes: ["self_referral"],
  phone: "01865 123456",
  lastReviewedOn: "2026-11-01",
};

function messages(input: unknown) {
  const parsed = directoryServiceSchema.safeParse(input);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("directory entries", () => {
  it("takes a complete entry", () => {
    expect(directoryServiceSchema.parse(valid).venues).toEqual([]);
  });

  it("refuses an upside-down age range beside the oldest age", () => {
    expect(messages({ ...valid, minimumAge: 11, maximumAge: 5 })).toEqual({
      maximumAge: "The oldest age must be the same as or more than the youngest age",
    });
  });

  it("refuses an entry with no way to access the service", () => {
    expect(messages({ ...valid, accessRoutes: [] }).accessRoutes).toMatch(/Choose how families can use the service/);
  });

  it("needs a phone number or an email, a kind of need and a locality", () => {
    const problems = messages({ ...valid, phone: "", needs: [], localityIds: [] });
    expect(Object.keys(problems).sort()).toEqual(["localityIds", "needs", "phone"]);
  });

  it("refuses a venue without a real postcode and a closing time before opening", () => {
    const problems = messages({
      ...valid,
      venues: [{ name: "Hall", address: "1 High St", postcode: "XX" }],
      openings: [{ day: "monday", opensAt: "10:00", closesAt: "09:00" }],
    });
    expect(problems).toEqual({
      "venues.0.postcode": "Enter a real postcode, like OX4 6QB",
      "openings.0.closesAt": "The closing time must be after the opening time",
    });
  });

  it("refuses a review date in the future, and falls due six months after the review", () => {
    expect(directoryReviewDateProblem("2026-12-04", "2026-12-03")).toMatch(/today or in the past/);
    expect(directoryReviewDateProblem("2026-12-03", "2026-12-03")).toBeNull();
    expect(directoryReviewDue("2026-06-03")).toBe("2026-12-03");
    expect(directoryReviewDue("2026-06-03", 3)).toBe("2026-09-03");
  });
});

describe("finding support", () => {
  it("takes a full postcode or a district, and nothing else", () => {
    expect(districtOfTyped(" ox4 6qb ")).toBe("OX4");
    expect(districtOfTyped("ox16")).toBe("OX16");
    expect(districtOfTyped("Banbury")).toBeNull();
    expect(directorySearchSchema.safeParse({ postcode: "Banbury" }).success).toBe(false);
    expect(directorySearchSchema.parse({ postcode: "", age: "3", need: "" })).toEqual({ age: 3 });
  });
});
