import { TRPCError } from "@trpc/server";
import { endSessionsOfStaff, hashPassword, spendStaffInvitation, updateStaffAccount } from "@hearth/db";
import { staffAccountRefusals, type PasswordSet } from "@hearth/domain";
import type { Context } from "../context";
import { audit } from "../trpc";
import { startSession } from "./session";

/**
 * Sets a password from an invitation's one-time link, then signs its holder in. Any session the
 * account already had ends: a link sent because a password was lost must shut out whoever has it.
 */
export async function setPasswordFromInvitation(ctx: Context, input: PasswordSet): Promise<void> {
  // The slow hash first, outside the transaction, so the link is spent only with the password ready.
  const passwordHash = await hashPassword(input.password);
  const now = ctx.now();
  const staff = await ctx.db.transaction(async (tx) => {
    const found = await spendStaffInvitation(tx, input.token, now);
    if (!found) return null;
    await updateStaffAccount(tx, found.id, { passwordHash }, now);
    await endSessionsOfStaff(tx, found.id);
    await audit(ctx, tx, { action: "staff.setPassword", entityType: "staff", entityId: found.id, detail: { via: "invitation" } });
    return found;
  });
  if (!staff) {
    await audit(ctx, ctx.db, { action: "staff.setPassword", entityType: "staff", outcome: "denied", detail: { reason: "unusable link" } });
    throw new TRPCError({ code: "NOT_FOUND", message: staffAccountRefusals.invitationUnusable });
  }
  await startSession(ctx.db, ctx.cookies, ctx.config, { staffId: staff.id, now, ip: ctx.meta.ip, userAgent: ctx.meta.userAgent });
}
