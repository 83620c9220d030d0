import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { measureChange, outcomesStarChange, sdqTotalDifficultiesChange, wemwbsChange } from "./measure-change";
import { outcomesStarReadingCreateSchema, outcomesStarReadingProblems, outcomesStarTotal } from "./outcomes-star";
import { sdqBand, sdqMeasurementCreateSchema, scoreSdq, sdqReversedItems, sdqSubscales } from "./sdq";
import { scoreWemwbs, wemwbsMeasurementCreateSchema } from "./wemwbs";

const sdqAnswer = fc.constantFrom(0, 1, 2);
const fullSdq = fc.array(sdqAnswer, { minLength: 25, maxLength: 25 });
const childId = "33333333-3333-4333-8333-333333333333";

describe("SDQ", () => {
  it("has 25 items in five subscales of five", () => {
    const items = Object.values(sdqSubscales)
      .flat()
      .sort((a, b) => a - b);
    expect(items).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it("scores all-zero answers as the reversed items only", () => {
    const scores = scoreSdq({ informant: "parent", answers: Array(25).fill(0) });
    // "Not true" to a strength such as item 7 counts as a difficulty of 2.
    expect(scores.subscales).toEqual({
      emotional: 0,
      conduct: 2,
      hyperactivity: 4,
      peer: 4,
      prosocial: 0,
    });
    expect(scores.totalDifficulties).toBe(10);
    expect(scores.totalDifficultiesBand).toBe("close_to_average");
  });

  it("prorates a subscale with one or two blanks and gives up with three", () => {
    const answers: (number | null)[] = Array(25).fill(2);
    answers[2] = null; // item 3, emotional
    expect(scoreSdq({ informant: "parent", answers }).subscales.emotional).toBe(10);
    answers[7] = null; // item 8
    answers[12] = null; // item 13
    const scores = scoreSdq({ informant: "parent", answers });
    expect(scores.subscales.emotional).toBeNull();
    expect(scores.totalDifficulties).toBeNull();
    expect(scores.totalDifficultiesBand).toBeNull();
  });

  it("bands totals by who completed it", () => {
    expect(sdqBand("parent", "total", 13)).toBe("close_to_average");
    expect(sdqBand("parent", "total", 14)).toBe("slightly_raised");
    expect(sdqBand("parent", "total", 17)).toBe("high");
    expect(sdqBand("parent", "total", 20)).toBe("very_high");
    expect(sdqBand("teacher", "total", 12)).toBe("slightly_raised");
    expect(sdqBand("self", "total", 19)).toBe("high");
    expect(sdqBand("parent", "prosocial", 5)).toBe("very_high");
    expect(sdqBand("parent", "prosocial", 8)).toBe("close_to_average");
  });

  it("refuses scores outside 0–2 and the wrong number of items", () => {
    const base = { childId, informant: "parent", takenOn: "2026-01-10" };
    const bad = sdqMeasurementCreateSchema.safeParse({
      ...base,
      answers: [...Array(24).fill(1), 3],
    });
    expect(bad.error?.issues.map((i) => i.message)).toEqual(["Score must be between 0 and 2"]);
    const short = sdqMeasurementCreateSchema.safeParse({ ...base, answers: Array(20).fill(1) });
    expect(short.error?.issues.map((i) => i.message)).toEqual(["The SDQ has 25 items: give an answer or a blank for each"]);
  });

  it("keeps totals within 0–40 and subscales within 0–10", () => {
    fc.assert(
      fc.property(fullSdq, (answers) => {
        const s = scoreSdq({ informant: "parent", answers });
        const subs = Object.values(s.subscales) as number[];
        return s.totalDifficulties! >= 0 && s.totalDifficulties! <= 40 && subs.every((v) => v >= 0 && v <= 10);
      }),
    );
  });

  it("makes the total the sum of the 20 non-prosocial items after reversal", () => {
    fc.assert(
      fc.property(fullSdq, (answers) => {
        const prosocial: number[] = [...sdqSubscales.prosocial];
        let expected = 0;
        answers.forEach((a, i) => {
          const item = i + 1;
          if (prosocial.includes(item)) return;
          expected += sdqReversedItems.includes(item) ? 2 - a : a;
        });
        const s = scoreSdq({ informant: "teacher", answers });
        return s.totalDifficulties === expected && s.externalising! + s.internalising! === expected;
      }),
    );
  });

  it("never scores prosocial answers into the total", () => {
    fc.assert(
      fc.property(fullSdq, sdqAnswer, fc.constantFrom(...sdqSubscales.prosocial), (answers, value, item) => {
        const changed = [...answers];
        changed[item - 1] = value;
        return scoreSdq({ informant: "self", answers }).totalDifficulties === scoreSdq({ informant: "self", answers: changed }).totalDifficulties;
      }),
    );
  });

  it("bands never go down as the total goes up", () => {
    const order = ["close_to_average", "slightly_raised", "high", "very_high"];
    fc.assert(
      fc.property(fc.constantFrom("parent", "teacher", "self" as const), fc.integer({ min: 0, max: 39 }), (who, score) => {
        return order.indexOf(sdqBand(who, "total", score + 1)) >= order.indexOf(sdqBand(who, "total", score));
      }),
    );
  });
});

describe("WEMWBS", () => {
  it("totals 14 answers of 1–5 to 14–70", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 14, maxLength: 14 }), (answers) => {
        const total = scoreWemwbs(answers);
        return total >= 14 && total <= 70;
      }),
    );
    expect(scoreWemwbs(Array(14).fill(3))).toBe(42);
  });

  it("refuses scores outside 1–5 and missing statements", () => {
    const base = { personId: childId, takenOn: "2026-01-10" };
    expect(wemwbsMeasurementCreateSchema.safeParse({ ...base, answers: [...Array(13).fill(3), 0] }).error?.issues[0]?.message).toBe(
      "Score must be between 1 and 5",
    );
    expect(wemwbsMeasurementCreateSchema.safeParse({ ...base, answers: Array(13).fill(3) }).error?.issues[0]?.message).toBe(
      "WEMWBS has 14 statements: answer all 14",
    );
    expect(() => scoreWemwbs([6, ...Array(13).fill(3)])).toThrow();
  });
});

describe("Outcomes Star", () => {
  const star = { name: "Family Star", areas: ["Routines", "Boundaries", "Home"] };

  it("needs every area of the Star scored 1–10 and nothing else", () => {
    expect(outcomesStarReadingProblems({ star: "Family Star", scores: { Routines: 4, Boundaries: 6, Home: 5 } }, star)).toEqual([]);
    expect(outcomesStarReadingProblems({ star: "Family Star", scores: { Routines: 4, Garden: 2 } }, star)).toEqual([
      "Score the area ‘Boundaries’",
      "Score the area ‘Home’",
      "‘Garden’ is not an area of Family Star",
    ]);
    const bad = outcomesStarReadingCreateSchema.safeParse({
      personId: childId,
      star: "Family Star",
      takenOn: "2026-01-10",
      scores: { Home: 11 },
    });
    expect(bad.error?.issues[0]?.message).toBe("Score must be between 1 and 10");
    expect(outcomesStarTotal({ Routines: 4, Boundaries: 6 })).toBe(10);
  });
});

describe("change between two measurements", () => {
  it("knows which way is better for each scale", () => {
    expect(sdqTotalDifficultiesChange({ totalDifficulties: 22 }, { totalDifficulties: 15 })).toEqual({
      before: 22,
      after: 15,
      change: -7,
      direction: "improved",
      meaningful: true,
    });
    expect(sdqTotalDifficultiesChange({ totalDifficulties: null }, { totalDifficulties: 15 })).toBeNull();
    expect(wemwbsChange(40, 42)).toMatchObject({ direction: "improved", meaningful: false });
    expect(wemwbsChange(40, 37)).toMatchObject({ direction: "worsened", meaningful: true });
    expect(outcomesStarChange({ Home: 3, Routines: 5 }, { Home: 6 })).toEqual({
      Home: { before: 3, after: 6, change: 3, direction: "improved", meaningful: true },
    });
  });

  it("reversing the measurements reverses the direction", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 70 }), fc.integer({ min: 0, max: 70 }), fc.boolean(), (a, b, higherIsBetter) => {
        const forward = measureChange(a, b, { higherIsBetter });
        const back = measureChange(b, a, { higherIsBetter });
        const flipped = { improved: "worsened", worsened: "improved", no_change: "no_change" }[forward.direction];
        return back.direction === flipped && back.change === -forward.change;
      }),
    );
  });
});
