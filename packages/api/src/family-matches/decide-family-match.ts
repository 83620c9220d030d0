import { decideFamilyMatch, mergeFamilyInto } from "@hearth/db";
import type { FamilyMatchDecision } from "@hearth/domain";
import { z } from "zod";
import { audit } from "../trpc";
import { alreadyChecked, openMatchInScope, type StaffContext } from "./scope";

export const familyMatchDecidedSchema = z.object({
  status: z.enum(["confirmed", "rejected"]),
  /** The family the booking's people now belong to. */
  familyId: z.string(),
});
export type FamilyMatchDecided = z.infer<typeof familyMatchDecidedSchema>;

/**
 * They are one family: everyone the booking brought is moved into the family already known, each
 * move audited against the person, and the family's bookings and walk-ins go with them.
 */
export async function confirmFamilyMatch(ctx: StaffContext, input: FamilyMatchDecision): Promise<FamilyMatchDecided> {
  const match = await openMatchInScope(ctx, input.matchId, "familyMatches.confirm");
  return ctx.db.transaction(async (tx) => {
    if (!(await decideFamilyMatch(tx, { matchId: match.id, status: "confirmed", decidedBy: ctx.staff.id, now: ctx.now() }))) throw alreadyChecked();
    const moved = await mergeFamilyInto(tx, { from: match.familyId, into: match.existingFamilyId });
    const detail = { matchId: match.id, from: match.familyId, into: match.existingFamilyId };
    for (const personId of moved) await audit(ctx, tx, { action: "family.merge", entityType: "person", entityId: personId, detail });
    await audit(ctx, tx, { action: "family.merge", entityType: "family", entityId: match.existingFamilyId, detail: { ...detail, moved } });
    return { status: "confirmed" as const, familyId: match.existingFamilyId };
  });
}

/** Not the same family: the match is closed and both families stay as they are. */
export async function rejectFamilyMatch(ctx: StaffContext, input: FamilyMatchDecision): Promise<FamilyMatchDecided> {
  const match = await openMatchInScope(ctx, input.matchId, "familyMatches.reject");
  return ctx.db.transaction(async (tx) => {
    if (!(await decideFamilyMatch(tx, { matchId: match.id, status: "rejected", decidedBy: ctx.staff.id, now: ctx.now() }))) throw alreadyChecked();
    await audit(ctx, tx, {
      action: "family_match.reject",
      entityType: "family",
      entityId: match.familyId,
      detail: { matchId: match.id, existingFamilyId: match.existingFamilyId },
    });
    return { status: "rejected" as const, familyId: match.familyId };
  });
}
