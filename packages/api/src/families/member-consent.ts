import { getConsentRecord, insertConsentRecord, relationshipBetween, withdrawConsentRecord } from "@hearth/db";
import { withdrawConsent, type FamilyConsentGive, type FamilyConsentWithdraw } from "@hearth/domain";
import { TRPCError } from "@trpc/server";
import { audit, fieldError } from "../trpc";
import { memberInScope } from "./family-members";
import type { ScopedContext } from "./family-view";

/**
 * Consent given and withdrawn from the family record. Consent records are never edited: withdrawal
 * adds a date and a reason, so what was allowed when stays on record. Notes and reasons live on the
 * consent record; the audit holds ids, purposes and dates.
 */
export async function giveMemberConsent(ctx: ScopedContext, input: FamilyConsentGive) {
  const action = "family.consent.give";
  const { familyId, ...record } = input;
  await memberInScope(ctx, familyId, record.personId, action);
  if (record.givenBy === "the_person") {
    if (record.givenByPersonId !== record.personId) throw fieldError("givenByPersonId", "Choose the person themself when they gave consent");
  } else {
    if (record.givenByPersonId === record.personId) throw fieldError("givenByPersonId", "Choose who gave consent on their behalf");
    await memberInScope(ctx, familyId, record.givenByPersonId, action);
    const held = await relationshipBetween(ctx.db, record.givenByPersonId, record.personId);
    if (!held?.parentalResponsibility)
      throw fieldError("givenByPersonId", "Only someone recorded as holding parental responsibility for them can give consent on their behalf");
  }
  return ctx.db.transaction(async (tx) => {
    const saved = await insertConsentRecord(tx, { record, recordedBy: ctx.staff.id });
    await audit(ctx, tx, {
      action,
      entityType: "family",
      entityId: familyId,
      detail: { personId: saved.personId, consentId: saved.id, purpose: saved.purpose, givenOn: saved.givenOn, givenBy: saved.givenBy, before: null },
    });
    return { id: saved.id };
  });
}

export async function withdrawMemberConsent(ctx: ScopedContext, input: FamilyConsentWithdraw) {
  const action = "family.consent.withdraw";
  const consent = await getConsentRecord(ctx.db, input.consentId);
  if (!consent) throw fieldError("consentId", "This consent record was not found");
  await memberInScope(ctx, input.familyId, consent.personId, action);
  const decision = withdrawConsent({ ...consent, notes: consent.notes ?? undefined }, { withdrawnOn: input.withdrawnOn, reason: input.reason });
  if (!decision.ok) throw fieldError("withdrawnOn", decision.reasons.join(". "));
  return ctx.db.transaction(async (tx) => {
    const withdrawn = await withdrawConsentRecord(tx, {
      consentId: consent.id,
      withdrawal: { withdrawnOn: input.withdrawnOn, reason: input.reason },
    });
    if (!withdrawn) throw new TRPCError({ code: "CONFLICT", message: "This consent has already been withdrawn" });
    await audit(ctx, tx, {
      action,
      entityType: "family",
      entityId: input.familyId,
      detail: {
        personId: consent.personId,
        consentId: consent.id,
        purpose: consent.purpose,
        withdrawnOn: input.withdrawnOn,
        before: { withdrawnOn: null },
      },
    });
    return { id: consent.id };
  });
}
