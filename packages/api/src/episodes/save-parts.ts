import {
  lookedAfterPeriodsOf,
  referralOfChild,
  saveChildProtectionPlan,
  saveCinAssessment,
  saveCinClosure,
  saveCinPlan,
  saveChildCensusDetails,
  saveCinReferral,
  saveLookedAfterPeriod,
  saveSection47Enquiry,
  storedCensusChildren,
  type Db,
} from "@hearth/db";
import {
  closeCinEpisode,
  overlapsLookedAfterPeriod,
  type ChildCensusDetailsSave,
  type ChildProtectionPlanSave,
  type CinAssessmentSave,
  type CinClosureSave,
  type CinPlanSave,
  type CinReferralSave,
  type LookedAfterPeriodSave,
  type Section47Save,
} from "@hearth/domain";
import type { ScopedContext } from "../families/family-view";
import { fieldError, fieldErrors } from "../trpc";
import { saveEpisodePart } from "./save-episode-part";

/**
 * The procedures that record or change each part of a statutory episode. They differ only in the
 * table written, so each is the shared save (saveEpisodePart: scope, census checks, audit) with
 * its write; kept together so the seven stay alike.
 */

export const saveReferral = (ctx: ScopedContext, input: CinReferralSave) =>
  saveEpisodePart(ctx, input, "referral", async (tx, personId) => {
    const row = await saveCinReferral(tx, { personId, id: input.id, record: input.record, staffId: ctx.staff.id });
    return row && { recordId: row.id, referralId: row.id };
  });

/** Parts under a referral are written only under one of this child's own referrals. */
async function underChildsReferral(tx: Db, personId: string, referralId: string) {
  if (!(await referralOfChild(tx, personId, referralId))) throw fieldError("referralId", "Choose a referral of this child");
}

type UnderReferral = { referralId: string; id?: string };
function partUnderReferral<I extends UnderReferral & { caseId: string; childId: string; record: unknown }>(
  part: "assessment" | "cinPlan" | "section47" | "cpPlan",
  save: (tx: Db, params: { referralId: string; id?: string; record: I["record"] }) => Promise<{ id: string } | null>,
) {
  return (ctx: ScopedContext, input: I) =>
    saveEpisodePart(ctx, input, part, async (tx, personId) => {
      await underChildsReferral(tx, personId, input.referralId);
      const row = await save(tx, { referralId: input.referralId, id: input.id, record: input.record });
      return row && { recordId: row.id, referralId: input.referralId };
    });
}

export const saveAssessment = partUnderReferral<CinAssessmentSave>("assessment", saveCinAssessment);
export const saveCinPlanPart = partUnderReferral<CinPlanSave>("cinPlan", saveCinPlan);
export const saveSection47 = partUnderReferral<Section47Save>("section47", saveSection47Enquiry);
export const saveCpPlan = partUnderReferral<ChildProtectionPlanSave>("cpPlan", saveChildProtectionPlan);

/** The closure's own refusals name the reason or, for everything about dates and open work, the date. */
const closureField = (reason: string) => (/^Choose|Closed after assessment/.test(reason) ? "record.reasonForClosure" : "record.closureDate");

/**
 * Closing goes through the domain's closeCinEpisode, which refuses a closure that leaves work
 * open or recorded after it; changing a closure is judged as closing the episode afresh.
 */
export const saveClosure = (ctx: ScopedContext, input: CinClosureSave) =>
  saveEpisodePart(ctx, input, "closure", async (tx, personId) => {
    await underChildsReferral(tx, personId, input.referralId);
    const stored = (await storedCensusChildren(tx, [personId])).get(personId)!;
    const episode = stored.child.episodes[stored.ids.findIndex((e) => e.referralId === input.referralId)]!;
    const decision = closeCinEpisode({ ...episode, closureDate: null, reasonForClosure: null }, input.record);
    if (!decision.ok) throw fieldErrors(decision.reasons.map((reason) => ({ field: closureField(reason), message: reason })));
    await saveCinClosure(tx, { referralId: input.referralId, closure: input.record, staffId: ctx.staff.id });
    return { recordId: input.referralId, referralId: input.referralId };
  });

/** Not a census part, but refused alike when it could never be right: a child is looked after once at a time. */
export const saveLookedAfter = (ctx: ScopedContext, input: LookedAfterPeriodSave) =>
  saveEpisodePart(ctx, input, "lookedAfter", async (tx, personId) => {
    const others = (await lookedAfterPeriodsOf(tx, personId)).filter((p) => p.id !== input.id);
    if (overlapsLookedAfterPeriod(input.record, others))
      throw fieldError("record.startDate", "This period overlaps another time the child was looked after");
    const row = await saveLookedAfterPeriod(tx, { personId, id: input.id, record: input.record, staffId: ctx.staff.id });
    return row && { recordId: row.id, referralId: null };
  });

/** The child's own census details, checked at source like the episodes: a problem they clear is gone at once. */
export const saveChildDetails = (ctx: ScopedContext, input: ChildCensusDetailsSave) =>
  saveEpisodePart(ctx, input, "child", async (tx, personId) => {
    const row = await saveChildCensusDetails(tx, personId, input.record);
    return row && { recordId: row.id, referralId: null };
  });
