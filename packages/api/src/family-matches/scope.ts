import { getFamilyMatch } from "@hearth/db";
import { canSeeArea } from "@hearth/domain";
import type { Context } from "../context";
import { denied, fieldError } from "../trpc";

export type StaffContext = Context & { staff: NonNullable<Context["staff"]>; scope: NonNullable<Context["scope"]> };

export const alreadyChecked = () => fieldError("matchId", "These families have already been checked");

/**
 * An open match the caller may decide: both families in their area. An unknown id and another
 * area's match get the same answer, audited; one already decided says so.
 */
export async function openMatchInScope(ctx: StaffContext, matchId: string, action: string) {
  const match = await getFamilyMatch(ctx.db, matchId);
  if (!match || !canSeeArea(ctx.scope, match.familyAreaId) || !canSeeArea(ctx.scope, match.existingFamilyAreaId))
    throw await denied(ctx, {
      action,
      entityType: "possible_family_match",
      entityId: matchId,
      code: "NOT_FOUND",
      detail: { reason: match ? "out of area" : "unknown id" },
    });
  if (match.status !== "open") throw alreadyChecked();
  return match;
}
