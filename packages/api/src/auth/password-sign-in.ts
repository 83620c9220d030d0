import { TRPCError } from "@trpc/server";
import { claimSignInAttempt, clearSignInFailures, decoyPasswordHash, findStaffByEmail, verifyPassword } from "@hearth/db";
import type { SignIn } from "@hearth/domain";
import type { Context } from "../context";
import { startSession } from "./session";

/** One message for every failure, so it never tells an attacker which emails are real. */
export const SIGN_IN_FAILED = "The email address or password is not right";

export async function signInWithPassword(ctx: Context, input: SignIn): Promise<void> {
  const now = ctx.now();
  const since = new Date(now.getTime() - ctx.config.signInWindowMs);
  // The attempt is counted before the password is checked, so guesses sent all at once cannot each
  // see the count as it was before any of them.
  const allowed = await claimSignInAttempt(ctx.db, {
    email: input.email,
    ip: ctx.meta.ip,
    now,
    since,
    maxPerEmail: ctx.config.signInMaxFailures,
    maxPerIp: ctx.config.signInMaxFailures * 4,
  });
  if (!allowed) {
    throw new TRPCError({
      code: "TOO_MANY_REQUESTS",
      message: "Too many attempts to sign in. Wait 15 minutes and try again, or ask your administrator to reset your password.",
    });
  }

  const staff = await findStaffByEmail(ctx.db, input.email);
  // Always run one scrypt verification, against a decoy when there is no usable account, so an
  // unknown email takes as long to refuse as a wrong password.
  const valid = await verifyPassword(input.password, staff?.passwordHash ?? (await decoyPasswordHash()));
  if (!staff || !staff.active || !staff.passwordHash || !valid) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: SIGN_IN_FAILED });
  }

  await clearSignInFailures(ctx.db, input.email);
  await startSession(ctx.db, ctx.cookies, ctx.config, {
    staffId: staff.id,
    now,
    ip: ctx.meta.ip,
    userAgent: ctx.meta.userAgent,
  });
}
