import { checkNccisYoungPerson, defaultCurrencyPeriods } from "@hearth/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countNccisCohort, generateCounty, neetCohort, neetFigures, nccisYoungPeopleAfter, type CountySummary } from "../src";
import { createTestDatabase, type TestDatabase } from "../src/testing";

/**
 * The synthetic county's NEET cohort (issue 14 §2), read back through the queries the chase list,
 * the figures and the NCCIS return use: a few per cent NEET and not known, histories by month,
 * and an NCCIS return whose report holds only the queries a team has, never an error.
 */
let t: TestDatabase;
let summary: CountySummary;
const today = "2026-12-02";

beforeAll(async () => {
  t = await createTestDatabase();
  summary = await generateCounty(t.db, { people: 6_000, seed: 5, today, weeks: 1, production: false });
}, 180_000);
afterAll(() => t?.destroy());

describe("the synthetic NEET cohort", () => {
  it("gives the cohort realistic shares: mostly in education or training, a few per cent NEET and not known", async () => {
    const figures = await neetFigures(t.db, { monthEnds: [today], periods: defaultCurrencyPeriods });
    const cohort = figures.reduce((n, r) => n + r.cohort, 0);
    const neet = figures.reduce((n, r) => n + r.neet, 0);
    const notKnown = figures.reduce((n, r) => n + r.notKnown, 0);
    expect(cohort).toBe(summary.neetYoungPeople);
    expect(cohort).toBeGreaterThan(100);
    expect(neet / cohort).toBeGreaterThan(0.01);
    expect(neet / cohort).toBeLessThan(0.07);
    expect(notKnown / cohort).toBeGreaterThan(0.01);
    expect(notKnown / cohort).toBeLessThan(0.08);
    // Every area has young people, and the figures have history: last June counts last year's activities.
    expect(figures.filter((r) => r.cohort > 0).length).toBeGreaterThanOrEqual(3);
    const june = await neetFigures(t.db, { monthEnds: ["2026-06-30"], periods: defaultCurrencyPeriods });
    expect(june.reduce((n, r) => n + r.cohort - r.notKnown, 0)).toBeGreaterThan(0);
  });

  it("puts a short caseload of not-known young people on the chase list", async () => {
    const notKnown = await neetCohort(t.db, { today, periods: defaultCurrencyPeriods, onlyNotKnown: true, limit: 500, offset: 0 });
    expect(notKnown.length).toBeGreaterThan(0);
    expect(new Set(notKnown.map((r) => r.activityCode ?? "none")).size).toBeGreaterThan(1);
  });

  it("makes an NCCIS return with queries to chase but no errors", async () => {
    const referenceDate = "2026-11-30";
    const people = await nccisYoungPeopleAfter(t.db, { referenceDate, afterPersonId: null, limit: 100_000 });
    expect(people).toHaveLength(await countNccisCohort(t.db, referenceDate));
    const findings = people.flatMap((yp) => checkNccisYoungPerson(yp, { referenceDate }));
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(findings.some((f) => f.code === "NC11Q")).toBe(true);
  });
});
