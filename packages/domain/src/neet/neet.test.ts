import { describe, expect, it } from "vitest";
import {
  academicAge,
  activityNeedsSixteen,
  birthDatesForAcademicAges,
  currentUntil,
  inNeetCohort,
  isNeetActivityCode,
  neetActivityLabel,
  neetActivityProblems,
  neetActivityRecordSchema,
  neetStatus,
  parseCurrencyPeriods,
} from "./index";

describe("academic age", () => {
  it("is the age on the 31 August before the academic year", () => {
    // Born 1 September 2009: 16 on 1 September 2025, but academic age 15 for 2025-26.
    expect(academicAge("2009-09-01", "2025-12-01")).toBe(15);
    // Born 31 August 2009: 16 on 31 August 2025, academic age 16 for the whole of 2025-26.
    expect(academicAge("2009-08-31", "2025-09-01")).toBe(16);
    expect(academicAge("2009-08-31", "2026-08-31")).toBe(16);
    expect(academicAge("2009-08-31", "2026-09-01")).toBe(17);
  });

  it("gives the date-of-birth range of a cohort, matching academicAge at both ends", () => {
    const range = birthDatesForAcademicAges("2026-01-15", 16, 17);
    expect(range).toEqual({ earliest: "2007-09-01", latest: "2009-08-31" });
    expect(academicAge(range.earliest, "2026-01-15")).toBe(17);
    expect(academicAge(range.latest, "2026-01-15")).toBe(16);
  });
});

describe("the cohort", () => {
  const on = "2026-01-15";
  it("holds academic ages 16 and 17", () => {
    expect(inNeetCohort({ dateOfBirth: "2009-08-31", hasEhcPlan: false }, on)).toBe(true);
    expect(inNeetCohort({ dateOfBirth: "2009-09-01", hasEhcPlan: false }, on)).toBe(false);
    expect(inNeetCohort({ dateOfBirth: "2007-08-31", hasEhcPlan: false }, on)).toBe(false);
  });
  it("holds young people with an EHC plan until academic age 24", () => {
    expect(inNeetCohort({ dateOfBirth: "2000-09-01", hasEhcPlan: true }, on)).toBe(true);
    expect(inNeetCohort({ dateOfBirth: "2000-08-31", hasEhcPlan: true }, on)).toBe(false);
    expect(inNeetCohort({ dateOfBirth: "2005-01-01", hasEhcPlan: null }, on)).toBe(false);
  });
});

describe("activity codes", () => {
  it("know their plain-English labels and refuse codes outside the set", () => {
    expect(neetActivityLabel("619")).toBe("Looking for work, education or training");
    expect(isNeetActivityCode("999")).toBe(false);
    expect(neetActivityRecordSchema.safeParse({ ...record, activityCode: "999" }).error?.issues[0]?.message).toBe(
      "Choose an activity from the NCCIS list",
    );
  });
  it("forbid a job or course before the 16th birthday, but not school", () => {
    expect(activityNeedsSixteen("330")).toBe(true);
    expect(activityNeedsSixteen("110")).toBe(false);
    const problems = neetActivityProblems(
      { activityCode: "330", startDate: "2025-06-01", lastConfirmedOn: "2025-06-01" },
      { dateOfBirth: "2009-08-31" },
      "2026-01-01",
    );
    expect(problems).toEqual([expect.objectContaining({ field: "startDate", message: expect.stringContaining("16th birthday") })]);
    expect(
      neetActivityProblems(
        { activityCode: "330", startDate: "2025-08-31", lastConfirmedOn: "2025-09-01" },
        { dateOfBirth: "2009-08-31" },
        "2026-01-01",
      ),
    ).toEqual([]);
  });
});

const record = {
  personId: "6f1c1a6e-8d2b-4d8e-9a53-0b9e3d1b8a11",
  activityCode: "230",
  startDate: "2025-09-03",
  expectedEndDate: "2026-07-10",
  lastConfirmedOn: "2025-10-01",
  source: "college_or_provider",
};

describe("currency", () => {
  it("keeps a course current for 12 months from its last confirmation, then it is not known", () => {
    expect(currentUntil({ code: "230", lastConfirmedOn: "2025-10-01" })).toBe("2026-10-01");
    expect(neetStatus({ code: "230", lastConfirmedOn: "2025-10-01" }, "2026-10-01")).toBe("education");
    expect(neetStatus({ code: "230", lastConfirmedOn: "2025-10-01" }, "2026-10-02")).toBe("not_known");
  });
  it("follows a NEET young person up after 3 months, and a job after 6", () => {
    expect(neetStatus({ code: "619", lastConfirmedOn: "2025-10-31" }, "2026-01-31")).toBe("neet");
    expect(neetStatus({ code: "619", lastConfirmedOn: "2025-10-31" }, "2026-02-01")).toBe("not_known");
    expect(neetStatus({ code: "330", lastConfirmedOn: "2025-10-31" }, "2026-04-30")).toBe("employment");
    expect(neetStatus({ code: "330", lastConfirmedOn: "2025-10-31" }, "2026-05-01")).toBe("not_known");
  });
  it("counts nobody with no activity, or an 8xx code, as known", () => {
    expect(neetStatus(null, "2026-01-01")).toBe("not_known");
    expect(neetStatus({ code: "810", lastConfirmedOn: "2026-01-01" }, "2026-01-01")).toBe("not_known");
  });
  it("takes the council's own periods per kind of activity", () => {
    const periods = parseCurrencyPeriods("neet=1, employment=12");
    expect(periods.neet).toBe(1);
    expect(periods.education).toBe(12);
    expect(neetStatus({ code: "619", lastConfirmedOn: "2025-10-31" }, "2025-12-01", periods)).toBe("not_known");
    expect(() => parseCurrencyPeriods("holiday=3")).toThrow(/not a kind of activity/);
  });
});

describe("recording an activity", () => {
  it("accepts a course with an expected end", () => {
    expect(neetActivityRecordSchema.safeParse(record).success).toBe(true);
  });
  it("refuses an expected end for a job, and a confirmation before the start", () => {
    const result = neetActivityRecordSchema.safeParse({ ...record, activityCode: "330", lastConfirmedOn: "2025-09-01" });
    expect(result.error?.issues.map((i) => i.path[0])).toEqual(["lastConfirmedOn", "expectedEndDate"]);
  });
});
