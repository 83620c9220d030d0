import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { coveredCensusRules } from "./census-rules";

// The docs page is written by hand; this keeps its tables in step with what the checker covers.
const page = readFileSync(new URL("../../../../../docs/census-rules.md", import.meta.url), "utf8");

describe("docs/census-rules.md", () => {
  it("lists exactly the covered rules, each once", () => {
    const listed = [...page.matchAll(/^\|\s*(\d{3,4}Q?)\s*\|/gm)].map((m) => m[1]);
    const inScope = (scope: string) => coveredCensusRules.filter((r) => r.scope === scope).map((r) => r.code);
    expect(listed).toEqual([...inScope("child"), ...inScope("return")]);
  });

  it("covers all 109 rules of the 2025–26 census, with no code twice", () => {
    const codes = coveredCensusRules.map((r) => r.code);
    expect(codes).toHaveLength(109);
    expect(new Set(codes).size).toBe(109);
  });
});
