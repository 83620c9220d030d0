import {
  getFamily,
  getProgrammeReferral,
  insertEnrolment,
  insertProgrammeReferral,
  latestLevelOfNeed,
  listEnrolmentsOfFamily,
  placesTaken,
  queueProgrammeMessages,
  referralsOfRunForUpdate,
  setReferralStatus,
  type Db,
  type LoadedProgrammeRun,
} from "@hearth/db";
import {
  ageProblem,
  canSeeArea,
  checkEnrolment,
  londonDateOf,
  programmeReferralSourceOf,
  referralsToOffer,
  type ProgrammeReferralAnswer,
  type ProgrammeReferralCreate,
  type Programme,
} from "@hearth/domain";
import { TRPCError } from "@trpc/server";
import type { ScopedContext } from "../families/family-view";
import { nudgeFamilyMessages } from "../family-messages/nudge";
import { audit, fieldError } from "../trpc";
import { familyOfReferralSource } from "./referral-source";
import { runForRules, withRunInScope } from "./scope";

/**
 * Offers the run's free places to those waiting, in the order they were referred, and queues one
 * "place offered" message each in the same transaction. The run's referrals are locked first, so
 * two changes at once cannot offer the same place twice.
 */
async function offerFreePlaces(ctx: ScopedContext, tx: Db, run: LoadedProgrammeRun): Promise<string[]> {
  if (run.status === "finished" || run.status === "cancelled") return [];
  const referrals = await referralsOfRunForUpdate(tx, run.id);
  const offer = referralsToOffer({ capacity: run.capacity, enrolled: await placesTaken(tx, run.id), referrals });
  if (!offer.length) return [];
  await setReferralStatus(tx, { referralIds: offer, status: "offered", now: ctx.now() });
  await queueProgrammeMessages(
    tx,
    offer.map((referralId) => ({ kind: "programme_place_offered" as const, referralId })),
  );
  for (const referralId of offer)
    await audit(ctx, tx, { action: "programme_referral.offer", entityType: "programme_referral", entityId: referralId, detail: { runId: run.id } });
  return offer;
}

function waitingPosition(referrals: { id: string; status: string }[], referralId: string): number | null {
  const waiting = referrals.filter((r) => r.status === "waiting");
  const index = waiting.findIndex((r) => r.id === referralId);
  return index < 0 ? null : index + 1;
}

/**
 * Refers a child (and family) to a run, with consent, from exactly one case, assessment, team,
 * consultation or (self-referral) centre: offered a place at once when one is free, otherwise put
 * on the waiting list. The family must be one the caller may open, the child one of
 * its members, and the child within the programme's ages.
 */
export async function referToRun(ctx: ScopedContext, input: ProgrammeReferralCreate) {
  const sourceFamilyId = await familyOfReferralSource(ctx, input);
  const { source } = programmeReferralSourceOf(input);
  if (sourceFamilyId && sourceFamilyId !== input.familyId)
    throw fieldError("familyId", "Refer the family the case, assessment, team or consultation is about");
  const result = await withRunInScope(ctx, input.runId, "programmeRuns.refer", async (tx, run) => {
    if (run.status === "finished" || run.status === "cancelled") throw fieldError("runId", `This run is ${run.status}: choose another run`);
    const family = await getFamily(tx, input.familyId);
    if (!family || !canSeeArea(ctx.scope, family.areaId)) throw fieldError("familyId", "Choose a family in your area");
    const child = family.members.find((m) => m.personId === input.personId);
    if (!child) throw fieldError("personId", "Choose a member of this family");
    const tooOldOrYoung = ageProblem(run.programme, runForRules(run), { name: child.firstName, dateOfBirth: child.dateOfBirth });
    if (tooOldOrYoung) throw fieldError("personId", tooOldOrYoung);
    if (input.consentRecordedOn > londonDateOf(ctx.now())) throw fieldError("consentRecordedOn", "The date of consent must be today or in the past");
    const referral = await insertProgrammeReferral(tx, { referral: input, referredBy: ctx.staff.id, now: ctx.now() });
    await audit(ctx, tx, {
      action: "programme_referral.create",
      entityType: "family",
      entityId: family.id,
      detail: { runId: run.id, referralId: referral.id, personId: child.personId, source },
    });
    const offered = await offerFreePlaces(ctx, tx, run);
    const referrals = await referralsOfRunForUpdate(tx, run.id);
    return {
      referralId: referral.id,
      status: offered.includes(referral.id) ? ("offered" as const) : ("waiting" as const),
      position: waitingPosition(referrals, referral.id),
    };
  });
  nudgeFamilyMessages(ctx);
  return result;
}

/** The family takes the offered place (enrolled, with a confirmation) or turns it down (the next family is offered it). */
export async function answerOffer(ctx: ScopedContext, input: ProgrammeReferralAnswer) {
  const referral = await getProgrammeReferral(ctx.db, input.referralId);
  // An unknown referral is answered as an unknown run: both NOT_FOUND, audited by the run's scope.
  const runId = referral?.runId ?? "00000000-0000-4000-8000-000000000000";
  const result = await withRunInScope(ctx, runId, "programmeRuns.answerOffer", async (tx, run) => {
    if (!referral) return null;
    if (referral.status !== "offered") throw fieldError("answer", "This family has not been offered a place, or has already answered");
    if (input.answer === "decline") {
      await setReferralStatus(tx, { referralIds: [referral.id], status: "declined", now: ctx.now() });
      await audit(ctx, tx, {
        action: "programme_referral.decline",
        entityType: "family",
        entityId: referral.familyId,
        detail: { referralId: referral.id },
      });
      await offerFreePlaces(ctx, tx, run);
      return { referralId: referral.id, status: "declined" as const, position: null };
    }
    const family = (await getFamily(tx, referral.familyId))!;
    const child = family.members.find((m) => m.personId === referral.personId);
    const decision = checkEnrolment({
      programme: run.programme as Programme & { id: string },
      run: runForRules(run),
      familyId: referral.familyId,
      child: { name: child?.firstName, dateOfBirth: child?.dateOfBirth ?? null },
      levelOfNeed: await latestLevelOfNeed(tx, referral.familyId),
      // Enrolled places are counted without the one this offer holds for the family.
      enrolments: await listEnrolmentsOfFamily(tx, { familyId: referral.familyId, runId: run.id }),
      selfReferral: referral.source === "self",
    });
    if (!decision.ok) throw fieldError("answer", decision.reasons.join(". "));
    const enrolment = await insertEnrolment(tx, {
      enrolment: { runId: run.id, familyId: referral.familyId, childId: referral.personId },
      referralId: referral.id,
    });
    await setReferralStatus(tx, { referralIds: [referral.id], status: "enrolled", now: ctx.now() });
    await queueProgrammeMessages(tx, [{ kind: "programme_enrolled", referralId: referral.id }]);
    await audit(ctx, tx, {
      action: "programme_enrolment.create",
      entityType: "family",
      entityId: referral.familyId,
      detail: { runId: run.id, enrolmentId: enrolment.id, personId: referral.personId },
    });
    return { referralId: referral.id, status: "enrolled" as const, position: null };
  });
  if (!result) throw new TRPCError({ code: "NOT_FOUND", message: "No record was found" });
  nudgeFamilyMessages(ctx);
  return result;
}
