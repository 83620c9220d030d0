import { getFamilyAlert, insertFamilyAlert, updateOpenFamilyAlert } from "@hearth/db";
import type { FamilyAlertAdd, FamilyAlertEnd, FamilyAlertReview } from "@hearth/domain";
import { TRPCError } from "@trpc/server";
import { recordInScope } from "../scope";
import { audit } from "../trpc";
import type { ScopedContext } from "./family-view";
import { familyInScope } from "./open-record";

/**
 * Alerts on a family's banner. The text is never changed: an alert that no longer says the right
 * thing is ended and a new one added, so the table keeps what staff were told when. Audit details
 * hold the alert's id and its kind and dates before the change, never its text.
 */
export async function addFamilyAlert(ctx: ScopedContext, input: FamilyAlertAdd) {
  const action = "family.alert.add";
  await familyInScope(ctx, input.familyId, action);
  return ctx.db.transaction(async (tx) => {
    const alert = await insertFamilyAlert(tx, { ...input, addedBy: ctx.staff.id });
    await audit(ctx, tx, {
      action,
      entityType: "family",
      entityId: input.familyId,
      detail: { alertId: alert.id, kind: alert.kind, reviewBy: alert.reviewBy, before: null },
    });
    return alert;
  });
}

/** An alert in a family the caller can see, not yet ended. */
async function openAlert(ctx: ScopedContext, alertId: string, action: string) {
  const alert = await recordInScope(ctx, { action, entityType: "family_alert", entityId: alertId }, (db) => getFamilyAlert(db, alertId));
  if (alert.endedAt) throw new TRPCError({ code: "CONFLICT", message: "This alert has already ended" });
  return alert;
}

/** Someone has looked again and the alert still applies, until the next review date. */
export async function reviewFamilyAlert(ctx: ScopedContext, input: FamilyAlertReview) {
  const action = "family.alert.review";
  const before = await openAlert(ctx, input.alertId, action);
  return ctx.db.transaction(async (tx) => {
    const alert = await updateOpenFamilyAlert(tx, input.alertId, { reviewBy: input.reviewBy, reviewedAt: ctx.now(), reviewedBy: ctx.staff.id });
    if (!alert) throw new TRPCError({ code: "CONFLICT", message: "This alert has already ended" });
    await audit(ctx, tx, {
      action,
      entityType: "family",
      entityId: alert.familyId,
      detail: { alertId: alert.id, reviewBy: alert.reviewBy, before: { reviewBy: before.reviewBy, reviewedAt: before.reviewedAt } },
    });
    return alert;
  });
}

/** The alert no longer applies: it leaves the banner and stays on record with why. */
export async function endFamilyAlert(ctx: ScopedContext, input: FamilyAlertEnd) {
  const action = "family.alert.end";
  const before = await openAlert(ctx, input.alertId, action);
  return ctx.db.transaction(async (tx) => {
    const alert = await updateOpenFamilyAlert(tx, input.alertId, { endedAt: ctx.now(), endedBy: ctx.staff.id, endReason: input.reason });
    if (!alert) throw new TRPCError({ code: "CONFLICT", message: "This alert has already ended" });
    await audit(ctx, tx, {
      action,
      entityType: "family",
      entityId: alert.familyId,
      detail: { alertId: alert.id, before: { endedAt: null, kind: before.kind, reviewBy: before.reviewBy } },
    });
    return alert;
  });
}
