import { getFamily, insertTaf, insertTafMember, tafOfAssessment } from "@hearth/db";
import { formatDate, londonDateOf, nextTafReviewDue, type TafStart } from "@hearth/domain";
import { withAssessmentInScope } from "../assessments/scope";
import type { ScopedContext } from "../families/family-view";
import { fieldError } from "../trpc";
import { auditTaf } from "./scope";

/**
 * Starts a Team Around the Family from a completed (or signed-off, or reviewed) assessment: one team
 * per assessment. The assessment's lead professional, when on staff, leads it; otherwise the worker
 * starting it. The first review falls due after the configured number of weeks. One transaction.
 */
export function startTaf(ctx: ScopedContext, input: TafStart) {
  return withAssessmentInScope(ctx, input.assessmentId, "taf.start", async (tx, eha) => {
    if (eha.status === "draft") throw fieldError("assessmentId", "Complete the assessment before starting a team around the family");
    if (await tafOfAssessment(tx, eha.id)) throw fieldError("assessmentId", "This assessment already has a team around the family", "CONFLICT");
    const today = londonDateOf(ctx.now());
    if (input.startedOn > today) throw fieldError("startedOn", "The start date must be today or in the past");
    if (eha.completedOn && input.startedOn < eha.completedOn)
      throw fieldError("startedOn", `The team cannot start before the assessment was completed, on ${formatDate(eha.completedOn)}`);
    const leadStaffId = eha.leadProfessionalStaffId ?? ctx.staff.id;
    const taf = await insertTaf(tx, {
      assessmentId: eha.id,
      familyId: eha.familyId,
      startedOn: input.startedOn,
      leadStaffId,
      createdBy: ctx.staff.id,
      firstReviewDueOn: nextTafReviewDue(input.startedOn, ctx.config.taf.reviewWeeks),
    });
    const lead = eha.leadProfessional;
    if (lead) {
      await insertTafMember(tx, {
        tafId: taf.id,
        kind: "lead_professional",
        personId: null,
        name: lead.name,
        agency: lead.agency,
        role: lead.role ?? null,
        contact: lead.email ?? null,
        addedBy: ctx.staff.id,
      });
    }
    // The adults assessed join as the family's members of the team.
    const family = (await getFamily(tx, eha.familyId))!;
    for (const personId of eha.adultIds) {
      const m = family.members.find((f) => f.personId === personId);
      if (!m) continue;
      await insertTafMember(tx, {
        tafId: taf.id,
        kind: "family",
        personId,
        name: `${m.firstName} ${m.lastName}`,
        agency: null,
        role: null,
        contact: null,
        addedBy: ctx.staff.id,
      });
    }
    await auditTaf(ctx, tx, "taf.start", { id: taf.id, familyId: eha.familyId }, { assessmentId: eha.id });
    return { id: taf.id };
  });
}
