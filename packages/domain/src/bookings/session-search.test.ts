import { describe, expect, it } from "vitest";
import { placeSearchOf, sessionSearchSchema } from "./session-search";

describe("searching sessions by place", () => {
  it("keeps the words typed, whatever the case or punctuation between them", () => {
    expect(placeSearchOf("  Blackbird-Leys ")).toEqual({
      words: ["Blackbird", "Leys"],
      postcodeDistrict: null,
    });
    expect(placeSearchOf("oxf").words).toEqual(["oxf"]);
  });

  it("finds the postcode district in a full, partial or district-only postcode", () => {
    expect(placeSearchOf("ox4 6qb").postcodeDistrict).toBe("OX4");
    expect(placeSearchOf("OX46QB").postcodeDistrict).toBe("OX4");
    expect(placeSearchOf("ox16").postcodeDistrict).toBe("OX16");
    expect(placeSearchOf("OX4 6").postcodeDistrict).toBe("OX4");
    expect(placeSearchOf("Oxford").postcodeDistrict).toBeNull();
  });

  it("refuses a place with no letters or numbers in it, saying what to type", () => {
    const refused = sessionSearchSchema.safeParse({ town: "--" });
    expect(refused.error?.issues[0]?.message).toBe("Enter a town, place or postcode, like Banbury or OX4");
    expect(sessionSearchSchema.parse({ town: " OX4 " }).town).toBe("OX4");
  });
});
