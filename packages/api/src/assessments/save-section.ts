import { deleteFormDraft, loadEhaRecord, updateEhaRecord, type EhaRecord } from "@hearth/db";
import { ehaConsentProblems, ehaTaskKeyOf, londonDateOf, type EhaSection, type EhaSectionSave } from "@hearth/domain";
import type { ScopedContext } from "../families/family-view";
import { fieldError } from "../trpc";
import { assessmentDetail, ehaDraftKey } from "./assessment-view";
import { auditAssessment, withAssessmentInScope } from "./scope";

/** The columns one section writes. Each section is written whole, so a save never mixes two versions. */
function changesFor(ctx: ScopedContext, record: EhaRecord, content: EhaSection) {
  switch (content.section) {
    case "consent": {
      if (!record.childIds.includes(content.givenByPersonId) && !record.adultIds.includes(content.givenByPersonId)) {
        throw fieldError("givenByPersonId", "Choose someone in the assessment");
      }
      const [problem] = ehaConsentProblems(content, record.startedOn, londonDateOf(ctx.now()));
      if (problem) throw fieldError("givenOn", problem);
      return { consentGivenByPersonId: content.givenByPersonId, consentMethod: content.method, consentGivenOn: content.givenOn };
    }
    case "leadProfessional":
      // A partner agency's professional has no account; one typed by name is never linked to staff.
      return { leadProfessional: content.leadProfessional, leadProfessionalStaffId: null };
    case "child": {
      if (!record.childIds.includes(content.personId)) throw fieldError("personId", "Choose a child in the assessment");
      const { section: _section, ...child } = content;
      return { childAssessments: [...record.childAssessments.filter((c) => c.personId !== content.personId), child] };
    }
    case "parentsViews":
      return { parentsViews: content.parentsViews };
    case "analysis":
      return { analysis: content.analysis, desiredOutcomes: content.desiredOutcomes };
  }
}

/**
 * Saves one section of the task list and marks it completed; its draft goes in the same
 * transaction. Only a draft assessment is written: once completed it is the family's agreed record,
 * changed after sign-off only through reviews (and a returned one is a draft again).
 */
export function saveAssessmentSection(ctx: ScopedContext, input: EhaSectionSave) {
  return withAssessmentInScope(ctx, input.assessmentId, "assessments.saveSection", async (tx, record) => {
    if (record.status !== "draft") throw fieldError("section", "This assessment is completed: it can no longer be changed section by section");
    if (record.consentWithdrawnOn) throw fieldError("section", "The family withdrew consent: the assessment cannot be changed");
    const taskKey = ehaTaskKeyOf(input.content, record.childIds);
    await updateEhaRecord(tx, record.id, {
      ...changesFor(ctx, record, input.content),
      completedSections: [...new Set([...record.completedSections, taskKey])],
    });
    await deleteFormDraft(tx, { staffId: ctx.staff.id, formKey: ehaDraftKey(record.id, taskKey) });
    await auditAssessment(ctx, tx, "assessments.saveSection", record, { section: taskKey });
    return assessmentDetail(ctx, tx, (await loadEhaRecord(tx, record.id))!);
  });
}
