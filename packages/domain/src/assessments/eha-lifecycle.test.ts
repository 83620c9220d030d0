import { describe, expect, it } from "vitest";
import { earlyHelpAssessmentCreateSchema, type EarlyHelpAssessment } from "./early-help-assessment";
import { transitionEarlyHelpAssessment } from "./eha-lifecycle";

const lead = "77777777-7777-4777-8777-777777777777";
const manager = "88888888-8888-4888-8888-888888888888";

function draft(overrides: Partial<EarlyHelpAssessment> = {}): EarlyHelpAssessment {
  const content = earlyHelpAssessmentCreateSchema.parse({
    familyId: "55555555-5555-4555-8555-555555555555",
    childIds: ["33333333-3333-4333-8333-333333333333"],
    startedOn: "2026-01-12",
    leadProfessional: { name: "Sam Patel", agency: "Cherwell School", staffId: lead },
    childsVoice: "I like football but I get angry at home.",
    findings: [
      {
        domain: "child_development",
        area: "emotional_behavioural_development",
        needs: "Angry outbursts at home",
      },
      {
        domain: "parenting_capacity",
        area: "guidance_boundaries",
        strengths: "Mum keeps routines",
        needs: "Consistent bedtimes",
      },
      { domain: "family_environment", area: "housing", strengths: "Stable tenancy" },
    ],
    needs: ["Support with anger"],
    consent: { givenByPersonId: "11111111-1111-4111-8111-111111111111", givenOn: "2026-01-12" },
  });
  return { ...content, status: "draft", reviews: [], ...overrides };
}

function valueOf<T>(d: { ok: true; value: T } | { ok: false; reasons: string[] }): T {
  if (!d.ok) throw new Error(d.reasons.join("; "));
  return d.value;
}

describe("Early Help Assessment lifecycle", () => {
  it("goes draft → completed → signed off → reviewed", () => {
    const completed = valueOf(transitionEarlyHelpAssessment(draft(), { type: "complete", on: "2026-02-02" }));
    expect(completed.status).toBe("completed");
    const signed = valueOf(
      transitionEarlyHelpAssessment(completed, {
        type: "sign_off",
        on: "2026-02-03",
        byStaffId: manager,
      }),
    );
    expect(signed).toMatchObject({
      status: "signed_off",
      signedOffOn: "2026-02-03",
      signedOffByStaffId: manager,
    });
    const reviewed = valueOf(
      transitionEarlyHelpAssessment(signed, {
        type: "review",
        on: "2026-03-17",
        byStaffId: lead,
        summary: "Calmer at home",
      }),
    );
    const again = valueOf(
      transitionEarlyHelpAssessment(reviewed, {
        type: "review",
        on: "2026-04-28",
        byStaffId: lead,
        summary: "Ready to close",
      }),
    );
    expect(again.reviews.map((r) => r.on)).toEqual(["2026-03-17", "2026-04-28"]);
  });

  it("refuses to sign off a draft", () => {
    expect(
      transitionEarlyHelpAssessment(draft(), {
        type: "sign_off",
        on: "2026-02-03",
        byStaffId: manager,
      }),
    ).toEqual({
      ok: false,
      reasons: ["You cannot sign off an assessment that is draft: complete it first"],
    });
  });

  it("refuses to sign off without consent, with the reason", () => {
    const completed = {
      ...draft({ consent: undefined }),
      status: "completed" as const,
      completedOn: "2026-02-02",
    };
    expect(
      transitionEarlyHelpAssessment(completed, {
        type: "sign_off",
        on: "2026-02-03",
        byStaffId: manager,
      }),
    ).toEqual({
      ok: false,
      reasons: ["Consent is missing: the family must agree to the assessment before it is signed off"],
    });
  });

  it("refuses sign-off after consent was withdrawn, or by the lead professional", () => {
    const base = draft();
    const completed: EarlyHelpAssessment = {
      ...base,
      consent: { ...base.consent!, withdrawnOn: "2026-02-01" },
      status: "completed",
      completedOn: "2026-01-30",
    };
    const result = transitionEarlyHelpAssessment(completed, {
      type: "sign_off",
      on: "2026-02-03",
      byStaffId: lead,
    });
    expect(result).toEqual({
      ok: false,
      reasons: [
        "The family withdrew consent on 1 February 2026: the assessment cannot be signed off",
        "Someone other than the lead professional must sign off the assessment",
      ],
    });
  });

  it("lists everything missing before an assessment can be completed", () => {
    const thin = draft({
      leadProfessional: undefined,
      childsVoice: undefined,
      findings: [],
      needs: [],
    });
    const result = transitionEarlyHelpAssessment(thin, { type: "complete", on: "2026-01-11" });
    expect(result).toEqual({
      ok: false,
      reasons: [
        "An assessment cannot be completed before the date it started",
        "Name the lead professional",
        "Record the child’s voice, or why it could not be recorded",
        "Record strengths or needs for ‘Child’s developmental needs’",
        "Record strengths or needs for ‘Parenting capacity’",
        "Record strengths or needs for ‘Family and environmental factors’",
        "Record at least one need the plan will address",
      ],
    });
  });

  it("allows reopening a completed assessment but never a signed-off one", () => {
    const completed = { ...draft(), status: "completed" as const, completedOn: "2026-02-02" };
    expect(
      valueOf(
        transitionEarlyHelpAssessment(completed, {
          type: "reopen",
          on: "2026-02-03",
          reason: "Typo",
        }),
      ).status,
    ).toBe("draft");
    const signed = { ...completed, status: "signed_off" as const, signedOffOn: "2026-02-03" };
    expect(transitionEarlyHelpAssessment(signed, { type: "reopen", on: "2026-02-04", reason: "x" })).toEqual({
      ok: false,
      reasons: ["You cannot reopen an assessment that is signed off"],
    });
  });

  it("keeps reviews in date order", () => {
    const signed = { ...draft(), status: "signed_off" as const, signedOffOn: "2026-02-03" };
    expect(
      transitionEarlyHelpAssessment(signed, {
        type: "review",
        on: "2026-02-03",
        byStaffId: lead,
        summary: " ",
      }),
    ).toEqual({
      ok: false,
      reasons: ["A review must be dated after 2026-02-03", "Summarise what the review found"],
    });
  });

  it("refuses an area filed under the wrong domain", () => {
    const result = earlyHelpAssessmentCreateSchema.safeParse({
      ...draft(),
      findings: [{ domain: "parenting_capacity", area: "housing", needs: "Damp" }],
    });
    expect(result.error?.issues.map((i) => i.message)).toEqual(["This area belongs to a different domain"]);
  });
});
