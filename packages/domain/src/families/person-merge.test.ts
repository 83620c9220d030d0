import { describe, expect, it } from "vitest";
import { mergeRefusal, type MergeFacts } from "./person-merge";

const a = "00000000-0000-4000-8000-00000000000a";
const b = "00000000-0000-4000-8000-00000000000b";
const clean = { mergedIntoId: null, nhsNumber: null, upn: null };
const facts: MergeFacts = { duplicateId: a, keepId: b, duplicate: clean, keep: clean, openFamilyMatches: 0, sharedProgrammeRuns: 0 };

describe("mergeRefusal", () => {
  it("allows two unmerged records with nothing pending", () => {
    expect(mergeRefusal(facts)).toBeNull();
    expect(mergeRefusal({ ...facts, duplicate: { ...clean, nhsNumber: "9434765919" } })).toBeNull();
  });

  it("refuses a record into itself, an already merged record and a pending change", () => {
    expect(mergeRefusal({ ...facts, keepId: a })).toMatch(/into itself/);
    expect(mergeRefusal({ ...facts, duplicate: { ...clean, mergedIntoId: b } })).toMatch(/already been merged/);
    expect(mergeRefusal({ ...facts, keep: { ...clean, mergedIntoId: a } })).toMatch(/keep that one/);
    expect(mergeRefusal({ ...facts, openFamilyMatches: 1 })).toMatch(/waiting for a decision/);
    expect(mergeRefusal({ ...facts, sharedProgrammeRuns: 1 })).toMatch(/same programme/);
  });

  it("refuses two records whose identifiers say they are two people", () => {
    expect(mergeRefusal({ ...facts, duplicate: { ...clean, nhsNumber: "1" }, keep: { ...clean, nhsNumber: "2" } })).toMatch(/NHS numbers/);
    expect(mergeRefusal({ ...facts, duplicate: { ...clean, upn: "A" }, keep: { ...clean, upn: "B" } })).toMatch(/UPNs/);
  });
});
