import { describe, expect, it } from "vitest";
import { readApiEnv } from "../src/env";
import { apiConfigFrom } from "../src/start";

describe("casework configuration", () => {
  it("reads the FSS visit cadence from the environment, with the statutory defaults", () => {
    expect(apiConfigFrom(readApiEnv({})).fss.visitCadence).toEqual({ childProtectionWorkingDays: 10, childInNeedDays: 28 });
    const config = apiConfigFrom(readApiEnv({ FSS_CP_VISIT_WORKING_DAYS: "5", FSS_CIN_VISIT_DAYS: "14" }));
    expect(config.fss.visitCadence).toEqual({ childProtectionWorkingDays: 5, childInNeedDays: 14 });
    expect(() => readApiEnv({ FSS_CP_VISIT_WORKING_DAYS: "0" })).toThrow(/FSS_CP_VISIT_WORKING_DAYS/);
    expect(() => readApiEnv({ FSS_CIN_VISIT_DAYS: "monthly" })).toThrow(/FSS_CIN_VISIT_DAYS/);
  });
});
