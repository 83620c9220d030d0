import { getCentre } from "@hearth/db";
import { canSeeArea, programmeReferralSourceFields, programmeReferralSourceOf, type ProgrammeReferralCreate } from "@hearth/domain";
import { auditAssessment, withAssessmentInScope } from "../assessments/scope";
import { refuseIfClosed, withCaseInScope } from "../cases/case-scope";
import { auditConsultation, withConsultationInScope } from "../consultations/scope";
import type { ScopedContext } from "../families/family-view";
import { auditTaf, mustBeOpen, withTafInScope } from "../taf/scope";
import { audit, fieldError } from "../trpc";

const action = "programmeRuns.refer";

/**
 * Checks the one place a referral comes from, each through its own scope so another area's case,
 * assessment, team or consultation is answered as unknown, and returns the family it is about (none
 * for a self-referral, where the family is the one staff chose). A self-referral is recorded at a
 * centre in the caller's area, and by centre staff only at their own centre.
 */
export async function familyOfReferralSource(ctx: ScopedContext, input: ProgrammeReferralCreate): Promise<string | null> {
  const { source, sourceId } = programmeReferralSourceOf(input);
  const detail = { programmeRunId: input.runId };
  switch (source) {
    case "fss_case":
      return withCaseInScope(ctx, sourceId, action, { change: false }, async (tx, fssCase) => {
        refuseIfClosed(fssCase);
        await audit(ctx, tx, { action, entityType: "fss_case", entityId: fssCase.id, detail });
        return fssCase.familyId;
      });
    case "eha":
      return withAssessmentInScope(ctx, sourceId, action, async (tx, record) => {
        await auditAssessment(ctx, tx, action, record, detail);
        return record.familyId;
      });
    case "taf":
      return withTafInScope(ctx, sourceId, action, async (tx, record) => {
        mustBeOpen(record);
        await auditTaf(ctx, tx, action, record, detail);
        return record.familyId;
      });
    case "consultation":
      return withConsultationInScope(ctx, sourceId, action, async (tx, loaded) => {
        const c = loaded.consultation;
        // Only a family named with consent can be referred; a no-names consultation has nobody to refer.
        if (c.familyKind !== "named" || !c.familyId)
          throw fieldError("consultationId", "Name the family on the consultation, with their consent, before referring them");
        await auditConsultation(ctx, tx, action, c, [input.personId], detail);
        return c.familyId;
      });
    case "self": {
      const centre = await getCentre(ctx.db, sourceId);
      const ownCentre = !ctx.scope.centreId || ctx.scope.centreId === centre?.id;
      if (!centre || !canSeeArea(ctx.scope, centre.areaId) || !ownCentre)
        throw fieldError(programmeReferralSourceFields.self, "Choose your own centre, where the family asked");
      return null;
    }
  }
}
