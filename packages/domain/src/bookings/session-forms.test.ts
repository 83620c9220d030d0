import { describe, expect, it } from "vitest";
import { sessionSeriesCreateSchema, sessionSeriesPreviewSchema } from "./session-forms";

const centreId = "00000000-0000-4000-8000-000000000001";

describe("weekly series dates", () => {
  it("reports empty or half-typed dates on their fields instead of throwing", () => {
    const preview = sessionSeriesPreviewSchema.safeParse({ centreId, firstDate: "", lastDate: "2027-1" });
    expect(preview.success).toBe(false);
    expect(preview.error?.issues.map((i) => i.path.join("."))).toEqual(["firstDate", "lastDate"]);
    expect(sessionSeriesCreateSchema.safeParse({ centreId, firstDate: "", lastDate: "" }).success).toBe(false);
  });

  it("keeps the last date on or after the first, within a year", () => {
    expect(sessionSeriesPreviewSchema.safeParse({ centreId, firstDate: "2027-12-13", lastDate: "2028-01-10" }).success).toBe(true);
    const backwards = sessionSeriesPreviewSchema.safeParse({ centreId, firstDate: "2027-12-13", lastDate: "2027-12-01" });
    expect(backwards.error?.issues[0]?.message).toBe("The last date must be on or after the first date");
  });
});
