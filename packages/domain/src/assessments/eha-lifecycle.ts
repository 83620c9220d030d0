import { formatDate } from "../calendar/uk-dates";
import type { IsoDate } from "../calendar/iso-date";
import { decide, refuse, type Decision } from "../shared/result";
import { assessmentDomains, assessmentFramework } from "./assessment-framework";
import { earlyHelpAssessmentStatusLabels, type EarlyHelpAssessment, type EarlyHelpAssessmentStatus } from "./early-help-assessment";

/**
 * draft → completed → signed_off → reviewed (→ reviewed again at each TAF review).
 * A completed assessment can go back to draft for correction before sign-off; after sign-off the
 * record is what the family agreed, so changes come through reviews, never by reopening.
 */
export type EarlyHelpAssessmentAction =
  | { type: "complete"; on: IsoDate }
  | { type: "reopen"; on: IsoDate; reason: string }
  /** A senior practitioner sends a completed assessment back to its author with comments. */
  | { type: "return"; on: IsoDate; byStaffId: string; comments: string }
  | { type: "sign_off"; on: IsoDate; byStaffId: string }
  | { type: "review"; on: IsoDate; byStaffId: string; summary: string };

export const earlyHelpAssessmentTransitions: Record<EarlyHelpAssessmentStatus, readonly EarlyHelpAssessmentAction["type"][]> = {
  draft: ["complete"],
  completed: ["reopen", "return", "sign_off"],
  signed_off: ["review"],
  reviewed: ["review"],
};

const actionWords: Record<EarlyHelpAssessmentAction["type"], string> = {
  complete: "complete",
  reopen: "reopen",
  return: "return",
  sign_off: "sign off",
  review: "review",
};

function completionProblems(a: EarlyHelpAssessment, on: IsoDate): string[] {
  const problems: string[] = [];
  if (on < a.startedOn) problems.push("An assessment cannot be completed before the date it started");
  // Written through the task list: complete when every section is; the sections check their own fields.
  if (a.sectionsToComplete) return [...problems, ...a.sectionsToComplete];
  if (!a.leadProfessional) problems.push("Name the lead professional");
  if (!a.childsVoice && !a.childsVoiceNotRecordedReason) {
    problems.push("Record the child’s voice, or why it could not be recorded");
  }
  for (const domain of assessmentDomains) {
    if (!a.findings.some((f) => f.domain === domain)) {
      problems.push(`Record strengths or needs for ‘${assessmentFramework[domain].label}’`);
    }
  }
  if (a.needs.length === 0 && !a.findings.some((f) => f.needs)) problems.push("Record at least one need the plan will address");
  return problems;
}

function signOffProblems(a: EarlyHelpAssessment, on: IsoDate, byStaffId: string): string[] {
  const problems: string[] = [];
  if (a.authorStaffId && a.authorStaffId === byStaffId) {
    return ["You wrote this assessment, so you cannot sign it off: another senior practitioner must check it and sign it off"];
  }
  if (!a.consent) problems.push("Consent is missing: the family must agree to the assessment before it is signed off");
  else if (a.consent.givenOn > on) problems.push("Consent was recorded after the sign-off date");
  else if (a.consent.withdrawnOn && a.consent.withdrawnOn <= on) {
    problems.push(`The family withdrew consent on ${formatDate(a.consent.withdrawnOn)}: the assessment cannot be signed off`);
  }
  if (a.completedOn && on < a.completedOn) problems.push("Sign-off cannot be before the assessment was completed");
  if (a.leadProfessional?.staffId && a.leadProfessional.staffId === byStaffId) {
    problems.push("Someone other than the lead professional must sign off the assessment");
  }
  return problems;
}

function lastDate(a: EarlyHelpAssessment): IsoDate | null {
  return a.reviews.at(-1)?.on ?? a.signedOffOn ?? null;
}

export function transitionEarlyHelpAssessment(a: EarlyHelpAssessment, action: EarlyHelpAssessmentAction): Decision<EarlyHelpAssessment> {
  if (!earlyHelpAssessmentTransitions[a.status].includes(action.type)) {
    const hint = a.status === "draft" && action.type === "sign_off" ? ": complete it first" : "";
    return refuse(`You cannot ${actionWords[action.type]} an assessment that is ${earlyHelpAssessmentStatusLabels[a.status].toLowerCase()}${hint}`);
  }
  switch (action.type) {
    case "complete":
      return decide(completionProblems(a, action.on), () => ({
        ...a,
        status: "completed" as const,
        completedOn: action.on,
      }));
    case "reopen":
      return decide(action.reason.trim() ? [] : ["Say why the assessment is being reopened"], () => ({
        ...a,
        status: "draft" as const,
        completedOn: null,
      }));
    case "return":
      return decide(action.comments.trim() ? [] : ["Say what the author needs to change"], () => ({
        ...a,
        status: "draft" as const,
        completedOn: null,
      }));
    case "sign_off":
      return decide(signOffProblems(a, action.on, action.byStaffId), () => ({
        ...a,
        status: "signed_off" as const,
        signedOffOn: action.on,
        signedOffByStaffId: action.byStaffId,
      }));
    case "review": {
      const problems: string[] = [];
      const previous = lastDate(a);
      if (previous && action.on <= previous) problems.push(`A review must be dated after ${previous}`);
      if (!action.summary.trim()) problems.push("Summarise what the review found");
      return decide(problems, () => ({
        ...a,
        status: "reviewed" as const,
        reviews: [...a.reviews, { on: action.on, byStaffId: action.byStaffId, summary: action.summary.trim() }],
      }));
    }
  }
}
