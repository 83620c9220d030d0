import { describe, expect, it } from "vitest";
import type { CensusChild } from "../census-child";
import { coveredCensusRules } from "./census-rules";
import { checkCensusReturn } from "./check-return";
import { cleanCensusChild } from "./testing/clean-child";

const options = { censusYear: 2026 };
const header = { referenceDate: "2026-03-31" };
const codes = ["MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON", "AUT", "DDA"];

/** A return of distinct children that passes every whole-return rule. */
function cleanReturn(size = 12): CensusChild[] {
  return Array.from({ length: size }, (_, i) => {
    const child = cleanCensusChild();
    child.laChildId = `HC${String(i).padStart(6, "0")}`;
    child.upn = null;
    child.disabilities = i === 0 ? ["AUT", "LD"] : [codes[i % codes.length]!];
    return child;
  });
}

const codesOf = (children: CensusChild[], h = header) => checkCensusReturn(h, children, options).map((f) => f.code);

describe("census checker: the whole return", () => {
  it("finds nothing wrong with a clean return", () => {
    expect(codesOf(cleanReturn())).toEqual([]);
  });

  it("covers every whole-return rule it lists", () => {
    expect(coveredCensusRules.filter((r) => r.scope === "return").map((r) => r.code)).toEqual([
      "100",
      "1520",
      "2883",
      "2886Q",
      "2887Q",
      "2888Q",
      "8510",
    ]);
  });

  it("100: checks the reference date", () => {
    expect(codesOf(cleanReturn(), { referenceDate: "2026-03-30" })).toEqual(["100"]);
  });

  it("1520 and 8510: finds children sharing a UPN or LA child ID", () => {
    const children = cleanReturn();
    children[0]!.upn = "B801200005001";
    children[3]!.upn = "b801200005001";
    children[5]!.laChildId = children[2]!.laChildId;
    const findings = checkCensusReturn(header, children, options);
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ["1520", ["children", 3, "upn"]],
      ["8510", ["children", 5, "laChildId"]],
    ]);
  });

  it("2883: more plans starting than conferences", () => {
    const children = cleanReturn();
    children[0]!.episodes[0]!.section47s[0]!.dateOfInitialCpc = null;
    expect(codesOf(children)).toEqual(["2883"]);
  });

  it("2886Q: more than 2% of born children with no sex recorded", () => {
    const children = cleanReturn();
    children[0]!.sex = "U";
    expect(codesOf(children)).toEqual(["2886Q"]);
  });

  it("2887Q and 2888Q: too few disability codes, and nobody with more than one", () => {
    const children = cleanReturn().map((c) => ({ ...c, disabilities: ["AUT"] }));
    expect(codesOf(children)).toEqual(["2887Q", "2888Q"]);
  });
});
