import { createStaffInvitation, getStaffAccount, insertStaffAccount, newToken } from "@hearth/db";
import { invitationLifetimeHours, staffAccountRefusals, type StaffId, type StaffInvite } from "@hearth/domain";
import type { ScopedContext } from "../context";
import { audit, fieldError } from "../trpc";
import { storedPlacement } from "./placement";
import { unknownStaff } from "./read-staff";
import { staffAccountView } from "./staff-view";

/** Where the link leads: the FSS app's page to set a password. The token rides in the fragment, which browsers never send, so no server or proxy log holds it. */
export const setPasswordPath = "/fss/set-password";

/** A fresh one-time link for `staffId`, replacing any earlier one; only its hash is stored. */
async function issueInvitation(ctx: ScopedContext, tx: Parameters<typeof createStaffInvitation>[0], staffId: string) {
  const token = newToken();
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + invitationLifetimeHours * 3_600_000);
  await createStaffInvitation(tx, { staffId, token, expiresAt, createdBy: ctx.staff.id, now });
  return { link: `${setPasswordPath}#${token}`, expiresAt: expiresAt.toISOString() };
}

/** Creates the account, with no password, and its one-time link to set one. */
export async function inviteStaff(ctx: ScopedContext, input: StaffInvite) {
  const placement = await storedPlacement(ctx.db, input);
  return ctx.db.transaction(async (tx) => {
    const created = await insertStaffAccount(tx, { email: input.email, displayName: input.displayName, ...placement });
    if (!created) throw fieldError("email", staffAccountRefusals.emailTaken, "CONFLICT");
    const invitation = await issueInvitation(ctx, tx, created.id);
    await audit(ctx, tx, { action: "staff.invite", entityType: "staff", entityId: created.id, detail: { ...placement } });
    return { account: staffAccountView((await getStaffAccount(tx, created.id))!), ...invitation };
  });
}

/** Another link for someone whose first expired or was lost; the earlier link stops working. */
export async function reinviteStaff(ctx: ScopedContext, input: StaffId) {
  const account = await getStaffAccount(ctx.db, input.staffId);
  if (!account) throw await unknownStaff(ctx, "staff.reinvite", input.staffId);
  if (!account.active) throw fieldError("staffId", "Reactivate this account before sending a new link");
  return ctx.db.transaction(async (tx) => {
    const invitation = await issueInvitation(ctx, tx, account.id);
    await audit(ctx, tx, { action: "staff.reinvite", entityType: "staff", entityId: account.id });
    return { account: staffAccountView(account), ...invitation };
  });
}
