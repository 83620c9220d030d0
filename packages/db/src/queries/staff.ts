import { and, count, eq, gt, lt, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { hashToken } from "../crypto";
import { areas, centres, signInFailures, staffSessions, staffUsers } from "../schema";

export async function findStaffByEmail(db: Db, email: string) {
  const [row] = await db.select().from(staffUsers).where(eq(staffUsers.email, email.toLowerCase()));
  return row ?? null;
}

// The two-key form of the advisory lock keeps sign-in locks apart from every other advisory lock.
const SIGN_IN_EMAIL_LOCK = 5_101;
const SIGN_IN_IP_LOCK = 5_102;

/**
 * Records one sign-in attempt, before its password is checked, unless the account or the client
 * address has already used its allowance in the window; returns whether the attempt may go ahead.
 *
 * Counting and recording happen under transaction-scoped advisory locks on the account and on the
 * address (always taken in that order, so two attempts never wait on each other in a circle): a
 * burst of guesses sent at once queues here, and only the first `maxPerEmail` are let through to
 * the slow hash. Reading the count first and recording the failure after the hash, as this used to,
 * let every guess of a burst read the same low count. A successful sign-in clears the account's
 * rows (clearSignInFailures), so only attempts that were never followed by success stay counted.
 */
export async function claimSignInAttempt(
  db: Db,
  params: { email: string; ip: string; now: Date; since: Date; maxPerEmail: number; maxPerIp: number },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SIGN_IN_EMAIL_LOCK}, hashtext(${params.email}))`);
    await tx.execute(sql`select pg_advisory_xact_lock(${SIGN_IN_IP_LOCK}, hashtext(${params.ip}))`);
    const [byEmail] = await tx
      .select({ n: count() })
      .from(signInFailures)
      .where(and(eq(signInFailures.email, params.email), gt(signInFailures.at, params.since)));
    const [byIp] = await tx
      .select({ n: count() })
      .from(signInFailures)
      .where(and(eq(signInFailures.ip, params.ip), gt(signInFailures.at, params.since)));
    if ((byEmail?.n ?? 0) >= params.maxPerEmail || (byIp?.n ?? 0) >= params.maxPerIp) return false;
    await tx.insert(signInFailures).values({ email: params.email, ip: params.ip, at: params.now });
    return true;
  });
}

export async function clearSignInFailures(db: Db, email: string) {
  await db.delete(signInFailures).where(eq(signInFailures.email, email));
}

export async function createStaffSession(
  db: Db,
  params: { token: string; staffId: string; now: Date; expiresAt: Date; ip: string | null; userAgent: string | null },
) {
  await db.insert(staffSessions).values({
    tokenHash: hashToken(params.token),
    createdAt: params.now,
    lastSeenAt: params.now,
    staffId: params.staffId,
    expiresAt: params.expiresAt,
    ip: params.ip,
    userAgent: params.userAgent,
  });
}

/** The session and its member of staff, with area and centre names, for a cookie token. */
export async function findSessionByToken(db: Db, token: string) {
  const [row] = await db
    .select({
      sessionId: staffSessions.id,
      createdAt: staffSessions.createdAt,
      lastSeenAt: staffSessions.lastSeenAt,
      expiresAt: staffSessions.expiresAt,
      staff: {
        id: staffUsers.id,
        email: staffUsers.email,
        displayName: staffUsers.displayName,
        role: staffUsers.role,
        areaId: staffUsers.areaId,
        centreId: staffUsers.centreId,
        active: staffUsers.active,
      },
      areaName: areas.name,
      centreName: centres.name,
      centreAreaId: centres.areaId,
    })
    .from(staffSessions)
    .innerJoin(staffUsers, eq(staffUsers.id, staffSessions.staffId))
    .leftJoin(centres, eq(centres.id, staffUsers.centreId))
    .leftJoin(areas, or(eq(areas.id, staffUsers.areaId), eq(areas.id, centres.areaId)))
    .where(eq(staffSessions.tokenHash, hashToken(token)));
  return row ?? null;
}

export async function touchStaffSession(db: Db, sessionId: string, at: Date) {
  await db.update(staffSessions).set({ lastSeenAt: at }).where(eq(staffSessions.id, sessionId));
}

export async function deleteStaffSession(db: Db, sessionId: string) {
  await db.delete(staffSessions).where(eq(staffSessions.id, sessionId));
}

export async function deleteSessionsOfStaff(db: Db, staffId: string) {
  await db.delete(staffSessions).where(eq(staffSessions.staffId, staffId));
}

/** Removes sessions past their absolute lifetime or idle since `idleBefore`. Returns how many went. */
export async function purgeExpiredSessions(db: Db, params: { now: Date; idleBefore: Date }) {
  const removed = await db
    .delete(staffSessions)
    .where(or(lt(staffSessions.expiresAt, params.now), lt(staffSessions.lastSeenAt, params.idleBefore)))
    .returning({ id: staffSessions.id });
  return removed.length;
}

export async function purgeOldSignInFailures(db: Db, before: Date) {
  await db.delete(signInFailures).where(lt(signInFailures.at, before));
}
