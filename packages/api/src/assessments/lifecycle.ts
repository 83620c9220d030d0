import { addEhaEvent, loadEhaRecord, updateEhaRecord, type Db, type EhaRecord } from "@hearth/db";
import {
  ehaIncompleteSections,
  ehaTasks,
  formatDate,
  londonDateOf,
  transitionEarlyHelpAssessment,
  type EarlyHelpAssessment,
  type EarlyHelpAssessmentAction,
  type IsoDate,
} from "@hearth/domain";
import type { ScopedContext } from "../families/family-view";
import { fieldError, fieldErrors } from "../trpc";
import { assessmentDetail } from "./assessment-view";
import { auditAssessment, withAssessmentInScope } from "./scope";

/** The record as the domain's lifecycle reads it. */
function asLifecycle(record: EhaRecord): EarlyHelpAssessment {
  const tasks = ehaTasks(record.childIds.map((personId) => ({ personId, name: "" })));
  return {
    familyId: record.familyId,
    childIds: record.childIds,
    startedOn: record.startedOn,
    leadProfessional: record.leadProfessional ?? undefined,
    findings: [],
    strengths: [],
    needs: [],
    consent:
      record.consentGivenByPersonId && record.consentGivenOn
        ? { givenByPersonId: record.consentGivenByPersonId, givenOn: record.consentGivenOn, withdrawnOn: record.consentWithdrawnOn ?? undefined }
        : undefined,
    status: record.status,
    completedOn: record.completedOn,
    signedOffOn: record.signedOffOn,
    signedOffByStaffId: record.signedOffBy,
    reviews: record.events.filter((e) => e.kind === "reviewed").map((e) => ({ on: e.occurredOn, byStaffId: e.byStaffId, summary: e.note ?? "" })),
    authorStaffId: record.createdBy,
    sectionsToComplete: ehaIncompleteSections(
      tasks.map((t) => ({ ...t, title: t.personId ? "Assessment of each child" : t.title })),
      record.completedSections,
    ).filter((problem, i, all) => all.indexOf(problem) === i),
  };
}

type Step =
  | { kind: "completed"; on: IsoDate }
  | { kind: "signed_off"; on: IsoDate }
  | { kind: "returned"; comments: string }
  | { kind: "reviewed"; on: IsoDate; summary: string };

/**
 * One step of the lifecycle: completed → signed off by a senior practitioner (or returned to its
 * author with comments) → reviewed. The domain decides; a refusal is shown beside the form's
 * field in plain English and nothing is written. The step goes into the assessment's history
 * (and so onto the family's chronology) with its audit rows, in one transaction.
 */
export function takeAssessmentStep(ctx: ScopedContext, assessmentId: string, step: Step) {
  const action = `assessments.${step.kind}`;
  return withAssessmentInScope(ctx, assessmentId, action, async (tx, record) => {
    const today = londonDateOf(ctx.now());
    const on = "on" in step ? step.on : today;
    const field = step.kind === "returned" ? "comments" : "on";
    if (on > today) throw fieldError(field, "The date must be today or in the past");
    if (record.consentWithdrawnOn && record.consentWithdrawnOn <= on) {
      throw fieldError(field, `The family withdrew consent on ${formatDate(record.consentWithdrawnOn)}: the assessment cannot be taken further`);
    }
    const domainAction: EarlyHelpAssessmentAction =
      step.kind === "completed"
        ? { type: "complete", on }
        : step.kind === "signed_off"
          ? { type: "sign_off", on, byStaffId: ctx.staff.id }
          : step.kind === "returned"
            ? { type: "return", on, byStaffId: ctx.staff.id, comments: step.comments }
            : { type: "review", on, byStaffId: ctx.staff.id, summary: step.summary };
    const decision = transitionEarlyHelpAssessment(asLifecycle(record), domainAction);
    if (!decision.ok) throw fieldErrors(decision.reasons.map((message) => ({ field, message })));
    const next = decision.value;
    await updateEhaRecord(tx, record.id, {
      status: next.status,
      completedOn: next.completedOn ?? null,
      signedOffOn: next.signedOffOn ?? null,
      signedOffBy: next.signedOffByStaffId ?? null,
      ...(step.kind === "returned" ? { returnComments: step.comments } : {}),
    });
    const note = step.kind === "returned" ? step.comments : step.kind === "reviewed" ? step.summary : null;
    await addEhaEvent(tx, { assessmentId: record.id, kind: step.kind, occurredOn: on, byStaffId: ctx.staff.id, note, now: ctx.now() });
    await auditAssessment(ctx, tx, action, record, { on });
    return assessmentDetail(ctx, tx, (await loadEhaRecord(tx, record.id))!);
  });
}

/**
 * The family withdraws consent: from that day the assessment is not shared and goes no further.
 * Withdrawal cannot be dated before consent was given, nor in the future.
 */
export function withdrawAssessmentConsent(ctx: ScopedContext, input: { assessmentId: string; withdrawnOn: IsoDate; reason?: string }) {
  return withAssessmentInScope(ctx, input.assessmentId, "assessments.withdrawConsent", async (tx, record) => {
    if (!record.consentGivenOn) throw fieldError("withdrawnOn", "Consent has not been recorded, so it cannot be withdrawn");
    if (record.consentWithdrawnOn) throw fieldError("withdrawnOn", `Consent was already withdrawn on ${formatDate(record.consentWithdrawnOn)}`);
    if (input.withdrawnOn > londonDateOf(ctx.now())) throw fieldError("withdrawnOn", "The date must be today or in the past");
    if (input.withdrawnOn < record.consentGivenOn) {
      throw fieldError("withdrawnOn", `Consent cannot be withdrawn before it was given, on ${formatDate(record.consentGivenOn)}`);
    }
    await updateEhaRecord(tx, record.id, { consentWithdrawnOn: input.withdrawnOn });
    await addEhaEvent(tx, {
      assessmentId: record.id,
      kind: "consent_withdrawn",
      occurredOn: input.withdrawnOn,
      byStaffId: ctx.staff.id,
      note: input.reason ?? null,
      now: ctx.now(),
    });
    await auditAssessment(ctx, tx, "assessments.withdrawConsent", record);
    return assessmentDetail(ctx, tx, (await loadEhaRecord(tx, record.id))!);
  });
}

/**
 * A senior practitioner's quality audit: a rating and feedback to the author, who sees it on the
 * assessment. Audits judge finished work, so a draft is not audited; an author does not audit
 * their own.
 */
export function auditAssessmentQuality(
  ctx: ScopedContext,
  input: { assessmentId: string; rating: NonNullable<EhaRecord["qualityRating"]>; feedback: string },
) {
  return withAssessmentInScope(ctx, input.assessmentId, "assessments.qualityAudit", async (tx: Db, record) => {
    if (record.status === "draft") throw fieldError("rating", "Only a completed assessment can be audited");
    if (record.createdBy === ctx.staff.id) throw fieldError("rating", "You wrote this assessment, so another senior practitioner must audit it");
    await updateEhaRecord(tx, record.id, {
      qualityRating: input.rating,
      qualityFeedback: input.feedback,
      qualityAuditedBy: ctx.staff.id,
      qualityAuditedAt: ctx.now(),
    });
    await addEhaEvent(tx, {
      assessmentId: record.id,
      kind: "quality_audited",
      occurredOn: londonDateOf(ctx.now()),
      byStaffId: ctx.staff.id,
      note: input.feedback,
      now: ctx.now(),
    });
    await auditAssessment(ctx, tx, "assessments.qualityAudit", record, { rating: input.rating });
    return assessmentDetail(ctx, tx, (await loadEhaRecord(tx, record.id))!);
  });
}
