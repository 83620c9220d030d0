import { describe, expect, it } from "vitest";
import { consentInForce, consentRecordCreateSchema, isConsentInForce, withdrawConsent, type ConsentRecord } from "./consent";

const record: ConsentRecord = consentRecordCreateSchema.parse({
  personId: "33333333-3333-4333-8333-333333333333",
  givenByPersonId: "11111111-1111-4111-8111-111111111111",
  givenBy: "parent_with_parental_responsibility",
  purpose: "early_help_assessment",
  givenOn: "2026-01-10",
  method: "written",
});

describe("consent records", () => {
  it("are in force from the day given until the day withdrawn", () => {
    expect(isConsentInForce(record, "2026-01-09")).toBe(false);
    expect(isConsentInForce(record, "2026-01-10")).toBe(true);
    const withdrawn = withdrawConsent(record, {
      withdrawnOn: "2026-02-01",
      reason: "Family moved away",
    });
    expect(withdrawn.ok).toBe(true);
    if (!withdrawn.ok) return;
    expect(isConsentInForce(withdrawn.value, "2026-01-31")).toBe(true);
    expect(isConsentInForce(withdrawn.value, "2026-02-01")).toBe(false);
  });

  it("refuse a second withdrawal or one before consent was given", () => {
    expect(withdrawConsent(record, { withdrawnOn: "2026-01-01", reason: "x" })).toEqual({
      ok: false,
      reasons: ["Consent cannot be withdrawn before the date it was given"],
    });
    const once = { ...record, withdrawnOn: "2026-02-01" };
    expect(withdrawConsent(once, { withdrawnOn: "2026-03-01", reason: "x" })).toEqual({
      ok: false,
      reasons: ["Consent was already withdrawn on 1 February 2026"],
    });
  });

  it("find the record that allows something on a date", () => {
    const q = {
      personId: record.personId,
      purpose: "early_help_assessment",
      on: "2026-01-15",
    } as const;
    expect(consentInForce([record], q)).toBe(record);
    expect(consentInForce([record], { ...q, purpose: "photographs" })).toBeNull();
  });
});
