import { callerOrganisationExists, insertConsultation } from "@hearth/db";
import type { ConsultationImmediateRisk, ConsultationRecorded } from "@hearth/domain";
import { consultationReference } from "@hearth/domain";
import { TRPCError } from "@trpc/server";
import type { ScopedContext } from "../families/family-view";
import { fieldError } from "../trpc";
import { auditConsultation } from "./scope";

/**
 * Yes to "Is a child at immediate risk of significant harm?": the caller has been given the MASH
 * number; this records that they were sent there ("social care now"), in the worker's own area.
 */
export async function recordImmediateRisk(ctx: ScopedContext, input: ConsultationImmediateRisk): Promise<ConsultationRecorded> {
  const areaId = workerArea(ctx);
  if (input.organisationId && !(await callerOrganisationExists(ctx.db, input.organisationId)))
    throw fieldError("organisationId", "Choose the caller’s organisation from the list");
  return ctx.db.transaction(async (tx) => {
    const row = await insertConsultation(tx, {
      areaId,
      takenBy: ctx.staff.id,
      receivedAt: ctx.now(),
      immediateRisk: true,
      callerName: input.callerName ?? null,
      organisationId: input.organisationId ?? null,
      organisationOther: input.organisationOther ?? null,
      concern: input.note ?? null,
      outcome: "social_care_now",
      status: "closed",
    });
    await auditConsultation(ctx, tx, "consultations.recordImmediateRisk", row, []);
    return { id: row.id, reference: consultationReference(row.number), status: "closed", suggestedLevel: null, seniorConfirmationReasons: [] };
  });
}

/** The area a call is logged in when no family or locality says otherwise: the worker's own. */
export function workerArea(ctx: ScopedContext): string {
  if (!ctx.staff.areaId) throw new TRPCError({ code: "FORBIDDEN", message: "Only staff of an area take calls on its advice line" });
  return ctx.staff.areaId;
}
