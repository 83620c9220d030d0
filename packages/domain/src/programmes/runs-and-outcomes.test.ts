import { describe, expect, it } from "vitest";
import { scoreSdq } from "../assessments/sdq";
import { outcomeMeasurementRecordSchema } from "./outcome-measurement";
import { measurementTimingProblem } from "./outcome-timing";
import { referralsToOffer } from "./referral";
import { missedTwoInARow, registerRefusal } from "./register";
import { runFigures } from "./run-figures";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 10, minute));

describe("waiting list", () => {
  it("offers free places to those waiting in the order they were referred, counting unanswered offers as taken", () => {
    const referrals = [
      { id: "late", status: "waiting" as const, referredAt: at(30) },
      { id: "early", status: "waiting" as const, referredAt: at(10) },
      { id: "held", status: "offered" as const, referredAt: at(5) },
      { id: "gone", status: "declined" as const, referredAt: at(1) },
    ];
    expect(referralsToOffer({ capacity: 3, enrolled: 1, referrals })).toEqual(["early"]);
    expect(referralsToOffer({ capacity: 2, enrolled: 1, referrals })).toEqual([]);
    expect(referralsToOffer({ capacity: 10, enrolled: 0, referrals })).toEqual(["early", "late"]);
  });
});

describe("registers", () => {
  const dates = ["2026-11-26", "2026-12-03"];
  it("open only for the run's sessions, from the day", () => {
    expect(registerRefusal(dates, "2026-11-26", "2026-11-25")).toBe("The register opens on the day of the session");
    expect(registerRefusal(dates, "2026-11-27", "2026-12-25")).toBe("This run has no session on that date");
    expect(registerRefusal(dates, "2026-11-26", "2026-11-26")).toBeNull();
  });
  it("notice a family that missed the last two sessions, apologies included", () => {
    const mark = (sessionDate: string, status: "attended" | "absent" | "apologies") => ({ sessionDate, status });
    expect(missedTwoInARow([mark("2026-12-10", "absent"), mark("2026-11-26", "attended"), mark("2026-12-03", "apologies")])).toBe(true);
    expect(missedTwoInARow([mark("2026-11-26", "absent"), mark("2026-12-03", "attended"), mark("2026-12-10", "absent")])).toBe(false);
    expect(missedTwoInARow([mark("2026-11-26", "absent")])).toBe(false);
  });
});

describe("before and after", () => {
  it("refuses a before taken after the after, a second before, and a date in the future", () => {
    expect(measurementTimingProblem({ point: "before", takenOn: "2026-12-18" }, [{ point: "after", takenOn: "2026-12-17" }], "2026-12-20")).toBe(
      "The “before” measure must be taken on or before the “after” measure",
    );
    expect(measurementTimingProblem({ point: "after", takenOn: "2026-11-01" }, [{ point: "before", takenOn: "2026-11-26" }], "2026-12-20")).toBe(
      "The “after” measure must be taken on or after the “before” measure",
    );
    expect(measurementTimingProblem({ point: "before", takenOn: "2026-11-26" }, [{ point: "before", takenOn: "2026-11-20" }], "2026-12-20")).toMatch(
      /already recorded/,
    );
    expect(measurementTimingProblem({ point: "review", takenOn: "2026-12-21" }, [], "2026-12-20")).toBe(
      "The date taken must be today or in the past",
    );
    expect(
      measurementTimingProblem({ point: "after", takenOn: "2026-12-17" }, [{ point: "before", takenOn: "2026-11-26" }], "2026-12-20"),
    ).toBeNull();
  });
});

describe("measures entered item by item", () => {
  const person = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";
  it("refuses a half-filled SDQ beside its first blank item, and accepts one the published scoring can prorate", () => {
    const answers = Array<number | null>(25).fill(1);
    answers[2] = answers[7] = answers[12] = null; // three of the emotional items (3, 8, 13)
    const result = outcomeMeasurementRecordSchema.safeParse({
      measure: "sdq",
      childId: person,
      informant: "parent",
      point: "review",
      takenOn: "2026-01-01",
      answers,
    });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["answers.2", "Answer at least 3 of the 5 items on each scale: this SDQ is half-filled"],
    ]);
    answers[12] = 1;
    expect(
      outcomeMeasurementRecordSchema.safeParse({
        measure: "sdq",
        childId: person,
        informant: "parent",
        point: "review",
        takenOn: "2026-01-01",
        answers,
      }).success,
    ).toBe(true);
    // Two blanks of five: 3 answered items of 1 each, prorated to 5.
    expect(scoreSdq({ answers, informant: "parent" }).subscales.emotional).toBe(5);
  });
  it("checks an Outcomes Star reading against the Family Star Plus's areas", () => {
    const result = outcomeMeasurementRecordSchema.safeParse({
      measure: "outcomes_star",
      personId: person,
      star: "Family Star Plus",
      point: "review",
      takenOn: "2026-01-01",
      scores: { "Physical health": 4 },
    });
    expect(result.error?.issues).toHaveLength(9);
    expect(result.error?.issues[0]?.message).toBe("Score the area ‘Your well-being’");
  });
});

describe("a run's figures", () => {
  it("count completion over everyone enrolled and change over completers with both measures", () => {
    const figures = runFigures(
      [
        { completed: true, pairs: { sdq: { before: 20, after: 12 }, wemwbs: { before: 40, after: 45 } } },
        { completed: true, pairs: { sdq: { before: 15, after: 16 }, wemwbs: { before: 50, after: 51 } } },
        { completed: true, pairs: {} },
        // Did not complete: counts against completion, never in the change.
        { completed: false, pairs: { sdq: { before: 30, after: 0 } } },
      ],
      ["sdq", "wemwbs"],
    );
    expect(figures).toEqual({
      enrolled: 4,
      completed: 3,
      completionRate: 0.75,
      measures: [
        { measure: "sdq", pairs: 2, meanBefore: 17.5, meanAfter: 14, meanChange: -3.5, improved: 1, reliableImprovementShare: null },
        { measure: "wemwbs", pairs: 2, meanBefore: 45, meanAfter: 48, meanChange: 3, improved: 2, reliableImprovementShare: 0.5 },
      ],
    });
    expect(runFigures([], ["sdq"]).completionRate).toBeNull();
  });
});
