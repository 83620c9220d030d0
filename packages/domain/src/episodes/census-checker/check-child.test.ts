import { describe, expect, it } from "vitest";
import { coveredCensusRules } from "./census-rules";
import { checkChildForCensus } from "./check-child";
import { cleanCensusChild } from "./testing/clean-child";
import { childRuleCases } from "./testing/rule-cases";

const options = { censusYear: 2026 };
const childRules = coveredCensusRules.filter((r) => r.scope === "child");

describe("census checker: one child", () => {
  it("finds nothing wrong with a clean child", () => {
    expect(checkChildForCensus(cleanCensusChild(), options)).toEqual([]);
  });

  it("has a hand-made broken child for every rule it claims to cover", () => {
    expect(Object.keys(childRuleCases).sort()).toEqual(childRules.map((r) => r.code).sort());
  });

  it.each(childRules.map((r) => [r.code, r.description] as const))("catches rule %s: %s", (code) => {
    const child = cleanCensusChild();
    childRuleCases[code]!(child, child.episodes[0]!);
    const findings = checkChildForCensus(child, options);
    const finding = findings.find((f) => f.code === code);
    expect(finding, `expected ${code} among ${findings.map((f) => f.code).join(", ")}`).toBeDefined();
    expect(finding!.severity).toBe(code.endsWith("Q") ? "query" : "error");
    expect(finding!.message.length).toBeGreaterThan(10);
  });

  it("points each finding at the part of the record to fix", () => {
    const child = cleanCensusChild();
    child.episodes[0]!.cinPlans[0]!.startDate = "2025-05-01";
    const finding = checkChildForCensus(child, options).find((f) => f.code === "4015");
    expect(finding).toEqual({
      code: "4015",
      severity: "error",
      message: "The CIN plan starts before the referral date",
      path: ["episodes", 0, "cinPlans", 0, "startDate"],
    });
  });

  it("accepts an unborn child returned correctly", () => {
    const child = cleanCensusChild();
    Object.assign(child, {
      dateOfBirth: null,
      expectedDateOfBirth: "2026-06-01",
      sex: "U",
      upn: null,
    });
    Object.assign(child.episodes[0]!, {
      referralDate: "2026-01-12",
      assessments: [],
      section47s: [],
      cpPlans: [],
      cinPlans: [],
    });
    Object.assign(child.episodes[0]!, { closureDate: "2026-01-20", reasonForClosure: "RC7" });
    expect(checkChildForCensus(child, options)).toEqual([]);
  });

  it("lets a new episode start the day the last one closed", () => {
    const child = cleanCensusChild();
    child.episodes.push({
      ...structuredClone(child.episodes[0]!),
      referralDate: "2026-02-27",
      closureDate: null,
      reasonForClosure: null,
      assessments: [{ startDate: "2026-03-02", authorisationDate: "2026-03-20", factors: ["16A"] }],
      section47s: [],
      cpPlans: [],
      cinPlans: [{ startDate: "2026-03-20", endDate: null }],
    });
    expect(checkChildForCensus(child, options)).toEqual([]);
  });

  it("uses the LA codes it is given for rule 1530", () => {
    const child = { ...cleanCensusChild(), upn: "B801200005001" };
    const codes = checkChildForCensus(child, {
      ...options,
      recognisedLaCodes: new Set(["931"]),
    }).map((f) => f.code);
    expect(codes).toEqual(["1530"]);
  });
});
