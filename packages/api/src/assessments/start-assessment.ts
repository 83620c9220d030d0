import { getConsultation, getFamily, startEhaRecord } from "@hearth/db";
import { canSeeArea, earlyHelpAssessmentDueDate, formatDate, londonDateOf, type EhaStart } from "@hearth/domain";
import { familyInScope } from "../families/open-record";
import type { ScopedContext } from "../families/family-view";
import { accessToPeople } from "../record-access/person-access";
import { fieldError } from "../trpc";
import { auditAssessment } from "./scope";

/**
 * Starts an Early Help Assessment of a family (issue 11 §3), from its record or from a call to the
 * advice line about it. The whole family may be assessed: the children chosen must be the
 * family's children and the adults its parents, carers or other adults, each one the worker may
 * open. One transaction: the assessment, its people, its first history entry and the audit rows.
 */
export async function startAssessment(ctx: ScopedContext, input: EhaStart) {
  const family = await familyInScope(ctx, input.familyId, "assessments.start");
  const today = londonDateOf(ctx.now());
  if (input.startedOn > today) throw fieldError("startedOn", "The start date must be today or in the past");
  return ctx.db.transaction(async (tx) => {
    const current = (await getFamily(tx, family.id))!;
    const access = await accessToPeople(
      ctx,
      tx,
      current.members.map((m) => ({ id: m.personId, areaId: m.areaId })),
    );
    const member = (id: string) => current.members.find((m) => m.personId === id && access.get(id)?.open);
    input.childIds.forEach((id, i) => {
      if (member(id)?.role !== "child") throw fieldError(`childIds.${i}`, "Choose a child from the family");
    });
    input.adultIds.forEach((id, i) => {
      const m = member(id);
      if (!m || m.role === "child") throw fieldError(`adultIds.${i}`, "Choose an adult from the family");
    });
    if (input.consultationId) {
      const consultation = await getConsultation(tx, input.consultationId);
      if (!consultation || !canSeeArea(ctx.scope, consultation.areaId) || consultation.consultation.familyId !== family.id) {
        throw fieldError("consultationId", "The consultation is not about this family");
      }
      const receivedOn = londonDateOf(consultation.consultation.receivedAt);
      if (input.startedOn < receivedOn) {
        throw fieldError("startedOn", `The assessment cannot start before the call that led to it, on ${formatDate(receivedOn)}`);
      }
    }
    const started = await startEhaRecord(tx, {
      start: input,
      dueOn: earlyHelpAssessmentDueDate(input.startedOn),
      createdBy: ctx.staff.id,
      now: ctx.now(),
    });
    await auditAssessment(ctx, tx, "assessments.start", { id: started.id, familyId: family.id }, { consultationId: input.consultationId ?? null });
    return { id: started.id };
  });
}
