import { describe, expect, it } from "vitest";
import { ehaConsentProblems, ehaIncompleteSections, ehaSharingAllowed, ehaTasks, ehaTaskStatus, ehaChildSectionSchema } from "./eha-record";
import { transitionEarlyHelpAssessment } from "./eha-lifecycle";
import type { EarlyHelpAssessment } from "./early-help-assessment";

const child = "00000000-0000-4000-8000-000000000001";

describe("the EHA task list", () => {
  it("has consent, lead professional, one section per child, parents' views and analysis", () => {
    const tasks = ehaTasks([
      { personId: child, name: "Ellie" },
      { personId: "00000000-0000-4000-8000-000000000002", name: "Sam" },
    ]);
    expect(tasks.map((t) => t.key)).toEqual(["consent", "leadProfessional", "child-a", "child-b", "parentsViews", "analysis"]);
    expect(ehaIncompleteSections(tasks, ["consent", "child-a"])).toEqual([
      "Complete the section ‘Lead professional’",
      "Complete the section ‘Assessment of Sam’",
      "Complete the section ‘Parents’ and carers’ views’",
      "Complete the section ‘Analysis and desired outcomes’",
    ]);
  });

  it("says Completed once saved, In progress while only a draft exists, else Not started", () => {
    expect(ehaTaskStatus("consent", ["consent"], ["consent"])).toBe("completed");
    expect(ehaTaskStatus("consent", [], ["consent"])).toBe("in_progress");
    expect(ehaTaskStatus("consent", [], [])).toBe("not_started");
  });

  it("asks for a strength or a need in each domain of a child's section", () => {
    const result = ehaChildSectionSchema.safeParse({
      section: "child",
      personId: child,
      domains: {
        child_development: { strengths: "Reads well" },
        parenting_capacity: { strengths: "", needs: "" },
        family_environment: { needs: "Debt" },
      },
      childsVoice: "I like school",
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["domains.parenting_capacity.needs", "Record a strength or a need"],
    ]);
  });
});

describe("EHA consent", () => {
  it("refuses consent dated after the work it allows, or in the future", () => {
    expect(ehaConsentProblems({ givenOn: "2026-11-16" }, "2026-11-16", "2026-11-20")).toEqual([]);
    expect(ehaConsentProblems({ givenOn: "2026-11-17" }, "2026-11-16", "2026-11-20")[0]).toMatch(/^Consent must be given before the work it allows/);
    expect(ehaConsentProblems({ givenOn: "2026-11-21" }, "2026-11-16", "2026-11-20")).toEqual([
      "The date consent was given must be today or in the past",
    ]);
  });

  it("stops sharing from the day consent is withdrawn", () => {
    expect(ehaSharingAllowed({ givenOn: "2026-11-01", withdrawnOn: null }, "2026-11-20")).toBe(true);
    expect(ehaSharingAllowed({ givenOn: "2026-11-01", withdrawnOn: "2026-11-20" }, "2026-11-20")).toBe(false);
    expect(ehaSharingAllowed({ givenOn: null, withdrawnOn: null }, "2026-11-20")).toBe(false);
  });
});

describe("EHA sign-off and return", () => {
  const completed: EarlyHelpAssessment = {
    familyId: "00000000-0000-4000-8000-00000000000f",
    childIds: [child],
    startedOn: "2026-11-01",
    findings: [],
    strengths: [],
    needs: [],
    consent: { givenByPersonId: child, givenOn: "2026-11-01" },
    status: "completed",
    completedOn: "2026-11-10",
    reviews: [],
    authorStaffId: "author",
    sectionsToComplete: [],
  };

  it("refuses sign-off by the assessment's own author", () => {
    expect(transitionEarlyHelpAssessment(completed, { type: "sign_off", on: "2026-11-11", byStaffId: "author" })).toEqual({
      ok: false,
      reasons: ["You wrote this assessment, so you cannot sign it off: another senior practitioner must check it and sign it off"],
    });
    expect(transitionEarlyHelpAssessment(completed, { type: "sign_off", on: "2026-11-11", byStaffId: "senior" }).ok).toBe(true);
  });

  it("returns a completed assessment to draft with comments, and needs the comments", () => {
    const returned = transitionEarlyHelpAssessment(completed, { type: "return", on: "2026-11-11", byStaffId: "senior", comments: "More on housing" });
    expect(returned).toMatchObject({ ok: true, value: { status: "draft", completedOn: null } });
    expect(transitionEarlyHelpAssessment(completed, { type: "return", on: "2026-11-11", byStaffId: "senior", comments: " " }).ok).toBe(false);
  });

  it("completes a task-list assessment only when every section is done", () => {
    const draft = { ...completed, status: "draft" as const, completedOn: null, sectionsToComplete: ["Complete the section ‘Consent’"] };
    expect(transitionEarlyHelpAssessment(draft, { type: "complete", on: "2026-11-10" })).toEqual({
      ok: false,
      reasons: ["Complete the section ‘Consent’"],
    });
    expect(transitionEarlyHelpAssessment({ ...draft, sectionsToComplete: [] }, { type: "complete", on: "2026-11-10" }).ok).toBe(true);
  });
});
