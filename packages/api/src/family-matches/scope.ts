import { getFamilyMatch } from "@hearth/db";
import { canSeeArea } from "@hearth/domain";
import type { Context } from "../context";
import { recordInScope } from "../scope";
import { fieldError } from "../trpc";

export type StaffContext = Context & { staff: NonNullable<Context["staff"]>; scope: NonNullable<Context["scope"]> };

export const alreadyChecked = () => fieldError("matchId", "These families have already been checked");

/**
 * An open match the caller may decide: both families in their area. An unknown id and another
 * area's match get the same answer, audited; one already decided says so.
 */
export async function openMatchInScope(ctx: StaffContext, matchId: string, action: string) {
  const match = await recordInScope(
    ctx,
    { action, entityType: "possible_family_match", entityId: matchId },
    (db) => getFamilyMatch(db, matchId),
    ({ scope }, m) => canSeeArea(scope, m.familyAreaId) && canSeeArea(scope, m.existingFamilyAreaId),
  );
  if (match.status !== "open") throw alreadyChecked();
  return match;
}
