import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isAreaOfDomain } from "../assessments/assessment-framework";
import { illustrativeIndicatorCatalogue } from "./illustrative-indicators";
import { indicatorCatalogueSchema, thresholdIndicatorSchema } from "./indicator-catalogue";
import { thresholdLevelSchema, thresholdLevels } from "./levels";
import {
  evaluateThresholdDecision,
  suggestThresholdLevel,
  thresholdDecisionCreateSchema,
  thresholdDecisionCreateSchemaFor,
  type ThresholdDecisionCreate,
} from "./threshold-decision";

const catalogue = illustrativeIndicatorCatalogue;
const staff = "88888888-8888-4888-8888-888888888888";
const child = "33333333-3333-4333-8333-333333333333";

function decision(overrides: Partial<ThresholdDecisionCreate>): ThresholdDecisionCreate {
  return thresholdDecisionCreateSchema.parse({
    childIds: [child],
    consent: "named_with_consent",
    decidedByStaffId: staff,
    decidedOn: "2026-02-10",
    indicatorCodes: [],
    level: 1,
    outcome: "advice",
    ...overrides,
  });
}

describe("threshold levels and the indicator catalogue", () => {
  it("refuses a level outside 1–4", () => {
    expect(thresholdLevelSchema.safeParse(5).error?.issues[0]?.message).toBe("Level must be between 1 and 4");
    expect(thresholdLevelSchema.safeParse(0).error?.issues[0]?.message).toBe("Level must be between 1 and 4");
    expect(thresholdLevelSchema.safeParse(2.5).error?.issues[0]?.message).toBe("Level must be between 1 and 4");
  });

  it("routes each level somewhere, with level 4 going straight to social care", () => {
    expect(thresholdLevels[4].outcomes).toEqual(["social_care_referral"]);
    expect(thresholdLevels[3].routing).toMatch(/Early Help Assessment/);
  });

  it("ships an illustrative catalogue that passes its own schema and covers every domain and level", () => {
    const parsed = indicatorCatalogueSchema.parse(catalogue);
    expect(parsed).toHaveLength(catalogue.length);
    for (const i of catalogue) expect(isAreaOfDomain(i.domain, i.area)).toBe(true);
    expect(new Set(catalogue.map((i) => i.domain)).size).toBe(3);
    expect(new Set(catalogue.map((i) => i.level))).toEqual(new Set([1, 2, 3, 4]));
  });

  it("refuses duplicate codes and an area under the wrong domain", () => {
    const first = catalogue[0]!;
    expect(indicatorCatalogueSchema.safeParse([first, first]).error?.issues[0]?.message).toBe(`The code ${first.code} is used twice`);
    expect(thresholdIndicatorSchema.safeParse({ ...first, area: "housing" }).error?.issues[0]?.message).toBe(
      "This area belongs to a different domain",
    );
  });
});

describe("suggested level", () => {
  const L = (level: 1 | 2 | 3 | 4, domain: "child_development" | "parenting_capacity" | "family_environment" = "child_development") => ({
    level,
    domain,
  });

  it("follows the documented rule", () => {
    expect(suggestThresholdLevel([], 0)).toBe(1);
    expect(suggestThresholdLevel([L(2), L(1)], 0)).toBe(2);
    expect(suggestThresholdLevel([L(4)], 5)).toBe(4);
    expect(suggestThresholdLevel([L(2), L(2, "parenting_capacity"), L(2, "family_environment")], 0)).toBe(3);
    expect(suggestThresholdLevel([L(2), L(2), L(2)], 0)).toBe(2); // one domain only
    expect(suggestThresholdLevel([L(3)], 2)).toBe(2);
    expect(suggestThresholdLevel([L(3), L(3, "family_environment")], 2)).toBe(3);
    expect(suggestThresholdLevel([L(3), L(2), L(2, "parenting_capacity"), L(2, "family_environment")], 2)).toBe(3);
  });

  const indicator = fc.record({
    level: fc.constantFrom(1, 2, 3, 4 as const),
    domain: fc.constantFrom("child_development", "parenting_capacity", "family_environment" as const),
  });

  it("always suggests a level from 1 to 4, never more than one below the highest indicator", () => {
    fc.assert(
      fc.property(fc.array(indicator, { maxLength: 12 }), fc.nat(6), (chosen, pf) => {
        const s = suggestThresholdLevel(chosen, pf);
        const highest = Math.max(1, ...chosen.map((c) => c.level));
        return s >= 1 && s <= 4 && s >= highest - 1;
      }),
    );
  });

  it("never lowers the suggestion when another indicator is chosen", () => {
    fc.assert(
      fc.property(fc.array(indicator, { maxLength: 10 }), indicator, fc.nat(6), (chosen, extra, pf) => {
        return suggestThresholdLevel([...chosen, extra], pf) >= suggestThresholdLevel(chosen, pf);
      }),
    );
  });

  it("never raises the suggestion when a protective factor is added", () => {
    fc.assert(
      fc.property(fc.array(indicator, { maxLength: 10 }), fc.nat(6), (chosen, pf) => {
        return suggestThresholdLevel(chosen, pf + 1) <= suggestThresholdLevel(chosen, pf);
      }),
    );
  });
});

describe("threshold decision", () => {
  it("accepts a decision that follows the suggestion without a rationale", () => {
    const d = decision({ indicatorCodes: ["PC-GDB-2"], level: 2, outcome: "eha_taf" });
    const result = evaluateThresholdDecision(d, catalogue);
    expect(result).toMatchObject({
      suggestedLevel: 2,
      problems: [],
      seniorConfirmationReasons: [],
    });
    expect(result.routing).toMatch(/locality team/);
  });

  it("requires a rationale when the level differs from the suggestion, and a senior when it is lower", () => {
    const d = decision({ indicatorCodes: ["CD-EBD-3"], level: 2, outcome: "signpost" });
    const result = evaluateThresholdDecision(d, catalogue);
    expect(result.problems).toEqual([
      {
        path: ["rationale"],
        message: "Explain why the level is 2 when the indicators suggest level 3",
      },
    ]);
    expect(result.seniorConfirmationReasons).toEqual(["The level decided is lower than the suggested level 3"]);
  });

  it("refuses an outcome that does not fit the level", () => {
    const signposted = decision({ indicatorCodes: ["CD-EBD-3"], level: 3, outcome: "signpost" });
    expect(evaluateThresholdDecision(signposted, catalogue).problems.map((p) => p.message)).toEqual([
      "At level 3 the outcome must be: Early Help Assessment and Team Around the Family; or Targeted support from the Family Support Service",
    ]);
    const d = decision({ indicatorCodes: ["FE-FHF-4"], level: 4, outcome: "eha_taf" });
    expect(evaluateThresholdDecision(d, catalogue).problems).toEqual([
      {
        path: ["outcome"],
        message: "At level 4 the outcome must be: Referral to children’s social care (MASH)",
      },
    ]);
  });

  it("keeps no-names consultations away from consent-based work and identifying details", () => {
    const d = decision({
      consent: "no_names",
      indicatorCodes: ["PC-SAF-3"],
      level: 3,
      outcome: "eha_taf",
    });
    const result = evaluateThresholdDecision(d, catalogue);
    expect(result.problems.map((p) => p.message)).toEqual([
      "An Early Help Assessment or FSS support needs the family’s consent: a no-names consultation can lead only to advice, signposting or a social care referral",
      "A no-names consultation must not record who the child is",
    ]);
    const advice = evaluateThresholdDecision({ ...d, childIds: [], outcome: "advice" }, catalogue);
    expect(advice.problems).toEqual([]);
    expect(advice.seniorConfirmationReasons).toEqual(["A no-names consultation at level 3 or above needs a senior practitioner’s view"]);
  });

  it("always asks a senior practitioner to confirm level 4", () => {
    const d = decision({ indicatorCodes: ["PC-SAF-4"], level: 4, outcome: "social_care_referral" });
    expect(evaluateThresholdDecision(d, catalogue).seniorConfirmationReasons).toEqual(["Level 4 decisions are confirmed by a senior practitioner"]);
  });

  it("reports unknown and retired indicators through the schema", () => {
    const retired = catalogue.map((i) => (i.code === "FE-EMP-2" ? { ...i, active: false } : i));
    const schema = thresholdDecisionCreateSchemaFor(retired);
    const result = schema.safeParse({ ...decision({}), indicatorCodes: ["fe-emp-2", "XX-1"] });
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      "Indicator FE-EMP-2 is no longer in use",
      "There is no indicator XX-1 in the catalogue",
    ]);
  });
});
