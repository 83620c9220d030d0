import { checkChildForCensus, type CensusFinding } from "@hearth/domain";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { censusChildrenAfter, countCensusChildren, generateCounty, rawRows, type CountySummary } from "../src";
import { createTestDatabase, type TestDatabase } from "../src/testing";

/**
 * The county's FSS cases and statutory episodes, read back the way the census export reads them
 * and judged by the domain's census checker: nearly every child is ready to return, and the few
 * who are not carry the problems a county has open at year end (queries, not broken records).
 */
let t: TestDatabase;
let summary: CountySummary;
const findings = new Map<string, CensusFinding[]>();
let childrenRead = 0;

beforeAll(async () => {
  t = await createTestDatabase();
  summary = await generateCounty(t.db, { people: 12_000, seed: 7, today: "2026-12-02", weeks: 1, production: false });
  let after: string | null = null;
  for (;;) {
    const batch = await censusChildrenAfter(t.db, { censusYear: summary.censusYear, afterPersonId: after, limit: 500 });
    if (batch.length === 0) break;
    for (const { personId, child } of batch) {
      childrenRead++;
      const found = checkChildForCensus(child, { censusYear: summary.censusYear });
      if (found.length) findings.set(personId, found);
    }
    after = batch.at(-1)!.personId;
  }
}, 300_000);
afterAll(() => t.destroy());

describe("synthetic statutory episodes", () => {
  it("makes about 3% of children children in need in the last complete year, one in nine on a plan", async () => {
    expect(summary.censusYear).toBe(2026);
    expect(summary.childrenInNeed / summary.children).toBeGreaterThan(0.025);
    expect(summary.childrenInNeed / summary.children).toBeLessThan(0.035);
    expect(summary.onCpPlans / summary.childrenInNeed).toBeGreaterThan(0.07);
    expect(summary.onCpPlans / summary.childrenInNeed).toBeLessThan(0.16);
    expect(await countCensusChildren(t.db, summary.censusYear)).toBe(summary.childrenInNeed);
    expect(childrenRead).toBe(summary.childrenInNeed);
  });

  it("opens an FSS case in the family's area for every child in need", async () => {
    const [wrong] = await rawRows<{ without_case: number; wrong_area: number }>(
      t.db,
      sql`
      select
        (select count(distinct r.person_id) from cin_referrals r where r.id::text like '5717e71c-%'
           and not exists (select 1 from fss_case_children c where c.person_id = r.person_id))::int as without_case,
        (select count(*) from fss_cases c join families f on f.id = c.family_id where c.id::text like '5717e71c-%' and c.area_id <> f.area_id)::int as wrong_area
    `,
    );
    expect(wrong).toEqual({ without_case: 0, wrong_area: 0 });
  });

  it("leaves a small share of children with open problems, and those are the expected kinds", () => {
    const byCode = new Map<string, number>();
    for (const list of findings.values()) for (const f of list) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
    expect(findings.size / childrenRead).toBeLessThan(0.08);
    expect(findings.size).toBeGreaterThan(0);
    expect([...byCode.keys()].filter((code) => !expectedOpenProblems.has(code))).toEqual([]);
  });
});

const expectedOpenProblems = new Set(["8897Q", "8670Q", "8675Q", "8870Q", "8770Q", "8873Q"]);
