import {
  activeDirectoryService,
  callerOrganisationExists,
  insertConsultation,
  insertThresholdDecision,
  listThresholdIndicators,
  localityArea,
  type Db,
} from "@hearth/db";
import {
  canSeeArea,
  consultationReference,
  evaluateThresholdDecision,
  londonDateOf,
  seniorConfirmationReasons,
  thresholdDecisionOfConsultation,
  type ConsultationCreate,
  type ConsultationRecorded,
  type ThresholdIndicator,
  type ThresholdLevel,
} from "@hearth/domain";
import { withFamilyInScope } from "../families/open-record";
import type { ScopedContext } from "../families/family-view";
import { fieldError, fieldErrors } from "../trpc";
import { assertChildrenOfFamily } from "./family-children";
import { queueReferrerFeedback } from "./feedback";
import { auditConsultation } from "./scope";

/**
 * Logs a call taken on the advice line with its threshold decision, in one transaction with
 * their audit rows. The suggested level comes from the domain's rule over the indicators chosen;
 * a different level needs a rationale, and a senior confirms where the domain or the council's
 * policy says so. A named call is filed in the family's area; a no-names one in its locality's.
 */
export async function createConsultation(ctx: ScopedContext, input: ConsultationCreate): Promise<ConsultationRecorded> {
  const decision = thresholdDecisionOfConsultation(input, ctx.staff.id, londonDateOf(ctx.now()));
  const catalogue = (await listThresholdIndicators(ctx.db, { includeRetired: true })) as ThresholdIndicator[];
  const evaluation = evaluateThresholdDecision(decision, catalogue);
  // The named/no-names rules are the call's own (familyId, childIds), checked by its schema.
  const problems = evaluation.problems.filter((p) => p.path[0] !== "childIds");
  if (problems.length) throw fieldErrors(problems.map((p) => ({ field: p.path.join("."), message: p.message })));
  if (input.organisationId && !(await callerOrganisationExists(ctx.db, input.organisationId)))
    throw fieldError("organisationId", "Choose the caller’s organisation from the list");
  const signpostService = await signpostedService(ctx, input);

  const reasons = seniorConfirmationReasons(
    { levels: ctx.config.lcss.seniorConfirmationLevels },
    input.level as ThresholdLevel,
    evaluation.seniorConfirmationReasons,
  );
  const record = async (tx: Db, areaId: string, familyId: string | null) => {
    const row = await insertConsultation(tx, {
      areaId,
      localityId: input.localityId ?? null,
      takenBy: ctx.staff.id,
      receivedAt: ctx.now(),
      immediateRisk: false,
      callerName: input.callerName,
      callerRole: input.callerRole,
      organisationId: input.organisationId ?? null,
      organisationOther: input.organisationId ? null : (input.organisationOther ?? null),
      callerPhone: input.callerPhone ?? null,
      callerEmail: input.callerEmail ?? null,
      familyKind: input.familyKind,
      familyId,
      consentGivenBy: input.consentGivenBy ?? null,
      childAge: input.familyKind === "no_names" ? (input.childAge ?? null) : null,
      childSetting: input.childSetting ?? null,
      concern: input.concern,
      adviceGiven: input.adviceGiven,
      outcome: input.outcome,
      signpostTo: input.outcome === "signpost" ? (input.signpostTo ?? signpostService?.name ?? null) : null,
      signpostServiceId: signpostService?.id ?? null,
      status: reasons.length ? "awaiting_confirmation" : "awaiting_feedback",
    });
    await insertThresholdDecision(tx, {
      decision: { ...decision, consultationId: row.id },
      familyId,
      suggestedLevel: evaluation.suggestedLevel,
      seniorConfirmationRequired: reasons.length > 0,
    });
    await auditConsultation(ctx, tx, "consultations.create", row, decision.childIds, {
      level: input.level,
      suggestedLevel: evaluation.suggestedLevel,
      outcome: input.outcome,
    });
    return {
      id: row.id,
      reference: consultationReference(row.number),
      status: row.status as ConsultationRecorded["status"],
      suggestedLevel: evaluation.suggestedLevel,
      seniorConfirmationReasons: reasons,
    };
  };

  const recorded =
    input.familyKind === "named"
      ? await withFamilyInScope(ctx, input.familyId!, "consultations.create", async (tx, family) => {
          await assertChildrenOfFamily(ctx, tx, family, input.childIds);
          return record(tx, family.areaId, family.id);
        })
      : await recordNoNames(ctx, input.localityId!, record);
  // A decision nobody has to confirm is made now: the referrer is told by email if they gave one.
  if (recorded.status === "awaiting_feedback" && input.callerEmail) queueReferrerFeedback(ctx, recorded.id);
  return recorded;
}

async function recordNoNames<T>(ctx: ScopedContext, localityId: string, record: (tx: Db, areaId: string, familyId: null) => Promise<T>): Promise<T> {
  const areaId = await localityArea(ctx.db, localityId);
  if (!areaId || !canSeeArea(ctx.scope, areaId)) throw fieldError("localityId", "Choose a locality in your area");
  return ctx.db.transaction((tx) => record(tx, areaId, null));
}

/** A service chosen from the directory must still be in it; its name is what the record shows. */
async function signpostedService(ctx: ScopedContext, input: ConsultationCreate) {
  if (input.outcome !== "signpost" || !input.signpostServiceId) return null;
  const service = await activeDirectoryService(ctx.db, input.signpostServiceId);
  if (!service) throw fieldError("signpostServiceId", "Choose a service that is in the directory");
  return service;
}
