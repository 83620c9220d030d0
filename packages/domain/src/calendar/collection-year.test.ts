import { describe, expect, it } from "vitest";
import { collectionYearEnding, collectionYearLabelSchema, collectionYearOf, isInCollectionYear, schoolYearStartingIn } from "./collection-year";

describe("collection years", () => {
  it("run from 1 April to 31 March", () => {
    expect(collectionYearEnding(2026)).toEqual({
      label: "2025-26",
      endYear: 2026,
      startsOn: "2025-04-01",
      endsOn: "2026-03-31",
    });
  });

  it("place the boundary days correctly", () => {
    expect(collectionYearOf("2026-03-31").label).toBe("2025-26");
    expect(collectionYearOf("2026-04-01").label).toBe("2026-27");
    expect(collectionYearOf("2025-04-01").label).toBe("2025-26");
    expect(isInCollectionYear("2025-03-31", collectionYearEnding(2026))).toBe(false);
  });

  it("know the school year that starts within them", () => {
    expect(schoolYearStartingIn(collectionYearEnding(2026))).toBe("2025-09-01");
    expect(schoolYearStartingIn(collectionYearEnding(2027))).toBe("2026-09-01");
  });

  it("parse labels like 2025-26 and refuse years that do not follow on", () => {
    expect(collectionYearLabelSchema.parse("2025-26").endYear).toBe(2026);
    expect(collectionYearLabelSchema.parse("1999-00").endYear).toBe(2000);
    expect(collectionYearLabelSchema.safeParse("2025-27").error?.issues[0]?.message).toBe("The two years must follow each other, like 2025-26");
  });
});
