import { and, count, eq, gt, lt, or } from "drizzle-orm";
import type { Db } from "../client";
import { hashToken } from "../crypto";
import { areas, centres, signInFailures, staffSessions, staffUsers } from "../schema";

export async function findStaffByEmail(db: Db, email: string) {
  const [row] = await db.select().from(staffUsers).where(eq(staffUsers.email, email.toLowerCase()));
  return row ?? null;
}

export async function countRecentSignInFailures(db: Db, params: { email: string; ip: string; since: Date }) {
  const [byEmail] = await db
    .select({ n: count() })
    .from(signInFailures)
    .where(and(eq(signInFailures.email, params.email), gt(signInFailures.at, params.since)));
  const [byIp] = await db
    .select({ n: count() })
    .from(signInFailures)
    .where(and(eq(signInFailures.ip, params.ip), gt(signInFailures.at, params.since)));
  return { byEmail: byEmail?.n ?? 0, byIp: byIp?.n ?? 0 };
}

export async function recordSignInFailure(db: Db, params: { email: string; ip: string }) {
  await db.insert(signInFailures).values(params);
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
