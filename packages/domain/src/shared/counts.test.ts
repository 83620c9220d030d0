import { describe, expect, it } from "vitest";
import { countOf } from "./counts";

describe("countOf", () => {
  it("uses the singular for exactly one, the plural for none and for many", () => {
    expect(countOf(1, "family", "families")).toBe("1 family");
    expect(countOf(0, "family", "families")).toBe("0 families");
    expect(countOf(12, "booked family is", "booked families are")).toBe("12 booked families are");
  });
});
