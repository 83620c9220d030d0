import { TRPCError } from "@trpc/server";
import { endSessionsOfStaff, getStaffAccount, otherActiveAdmins, updateStaffAccount, type Db, type StaffAccount } from "@hearth/db";
import { staffAccountRefusals, type StaffChange, type StaffId } from "@hearth/domain";
import type { ScopedContext } from "../context";
import { audit, fieldError } from "../trpc";
import { storedPlacement } from "./placement";
import { unknownStaff } from "./read-staff";
import { staffAccountView } from "./staff-view";

/**
 * Runs one change to an account in a transaction, after loading it (unknown ids refused and
 * audited); `change` returns the audit detail. The account is read again afterwards for the answer.
 */
async function changeAccount(
  ctx: ScopedContext,
  action: string,
  staffId: string,
  change: (tx: Db, account: StaffAccount) => Promise<{ detail: Record<string, unknown>; sessionsEnded?: number }>,
) {
  const account = await getStaffAccount(ctx.db, staffId);
  if (!account) throw await unknownStaff(ctx, action, staffId);
  try {
    return await ctx.db.transaction(async (tx) => {
      const { detail, sessionsEnded = 0 } = await change(tx, account);
      await audit(ctx, tx, { action, entityType: "staff", entityId: staffId, detail });
      return { account: staffAccountView((await getStaffAccount(tx, staffId))!), sessionsEnded };
    });
  } catch (error) {
    // A refused change (the last administrator, say) is recorded too, after its rollback.
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR")
      await audit(ctx, ctx.db, { action, entityType: "staff", entityId: staffId, outcome: "denied", detail: { reason: error.message } });
    throw error;
  }
}

/** Refuses a change that would leave no active administrator; the lock it takes lasts the transaction. */
async function keepAnAdministrator(tx: Db, account: StaffAccount, field: string) {
  if (account.role === "admin" && account.active && (await otherActiveAdmins(tx, account.id)) === 0)
    throw fieldError(field, staffAccountRefusals.lastAdmin, "CONFLICT");
}

/**
 * A new role, area or centre. Their sessions end too: what they may see was worked out when they
 * signed in, and a move must not leave them seeing their old area until they next sign in.
 */
export async function changeStaffPlacement(ctx: ScopedContext, input: StaffChange) {
  const placement = await storedPlacement(ctx.db, input);
  return (
    await changeAccount(ctx, "staff.change", input.staffId, async (tx, account) => {
      if (placement.role !== "admin") await keepAnAdministrator(tx, account, "role");
      await updateStaffAccount(tx, account.id, placement, ctx.now());
      const sessionsEnded = await endSessionsOfStaff(tx, account.id);
      const before = { role: account.role, areaId: account.areaId, centreId: account.centreId };
      return { detail: { before, after: placement }, sessionsEnded };
    })
  ).account;
}

/** Deactivation ends every session of theirs in the same transaction: their next request is refused. */
export async function deactivateStaff(ctx: ScopedContext, input: StaffId) {
  return changeAccount(ctx, "staff.deactivate", input.staffId, async (tx, account) => {
    if (!account.active) throw fieldError("staffId", staffAccountRefusals.alreadyInactive, "CONFLICT");
    // The last administrator hears why first: it is the reason that holds whoever asks.
    await keepAnAdministrator(tx, account, "staffId");
    if (account.id === ctx.staff.id) throw fieldError("staffId", staffAccountRefusals.deactivateSelf);
    await updateStaffAccount(tx, account.id, { active: false }, ctx.now());
    const sessionsEnded = await endSessionsOfStaff(tx, account.id);
    return { detail: { sessionsEnded }, sessionsEnded };
  });
}

export async function reactivateStaff(ctx: ScopedContext, input: StaffId) {
  return (
    await changeAccount(ctx, "staff.reactivate", input.staffId, async (tx, account) => {
      if (account.active) throw fieldError("staffId", staffAccountRefusals.alreadyActive, "CONFLICT");
      await updateStaffAccount(tx, account.id, { active: true }, ctx.now());
      return { detail: {} };
    })
  ).account;
}
