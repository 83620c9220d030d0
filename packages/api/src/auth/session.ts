import { createStaffSession, deleteStaffSession, findSessionByToken, newToken, touchStaffSession, type Db } from "@hearth/db";
import type { StaffRole } from "@hearth/domain";
import type { ApiConfig } from "../config";
import type { CookieJar } from "../cookies";

export const SESSION_COOKIE = "hearth_session";

export interface SignedInStaff {
  id: string;
  sessionId: string;
  email: string;
  displayName: string;
  role: StaffRole;
  /** Their own area, or their centre's; null for county-wide roles. */
  areaId: string | null;
  areaName: string | null;
  centreId: string | null;
  centreName: string | null;
}

/**
 * How stale last_seen_at may get before a request refreshes it. Writing it on every request would
 * turn every read into a write; but a fixed minute signs out an active user when the idle timeout
 * is a minute or two. A tenth of the timeout, never more than a minute, keeps the idle clock within
 * 10% of the truth for every allowed value.
 */
export function touchEveryMs(sessionIdleMs: number): number {
  return Math.min(60_000, Math.floor(sessionIdleMs / 10));
}

/** The member of staff behind the session cookie, or null (and the cookie cleared) if it has ended. */
export async function loadSession(db: Db, cookies: CookieJar, config: ApiConfig, now: Date): Promise<SignedInStaff | null> {
  const token = cookies.get(SESSION_COOKIE);
  if (!token) return null;
  const row = await findSessionByToken(db, token);
  const ended = !row || !row.staff.active || row.expiresAt <= now || now.getTime() - row.lastSeenAt.getTime() >= config.sessionIdleMs;
  if (ended) {
    if (row) await deleteStaffSession(db, row.sessionId);
    cookies.clear(SESSION_COOKIE);
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() >= touchEveryMs(config.sessionIdleMs)) await touchStaffSession(db, row.sessionId, now);
  return {
    id: row.staff.id,
    sessionId: row.sessionId,
    email: row.staff.email,
    displayName: row.staff.displayName,
    role: row.staff.role,
    areaId: row.staff.areaId ?? row.centreAreaId ?? null,
    areaName: row.areaName,
    centreId: row.staff.centreId,
    centreName: row.centreName,
  };
}

/**
 * Starts a fresh session for a member of staff whose identity has been proven — by password today,
 * by an OpenID Connect provider (Microsoft Entra ID) later: both end here, so the cookie, lifetime
 * and rotation rules are the same whichever way someone signs in. Any session the browser already
 * held is ended first (rotation), so a token planted before sign-in is worthless after it.
 */
export async function startSession(
  db: Db,
  cookies: CookieJar,
  config: ApiConfig,
  params: { staffId: string; now: Date; ip: string | null; userAgent: string | null },
): Promise<void> {
  await endSession(db, cookies);
  const token = newToken();
  await createStaffSession(db, {
    token,
    staffId: params.staffId,
    now: params.now,
    expiresAt: new Date(params.now.getTime() + config.sessionLifetimeMs),
    ip: params.ip,
    userAgent: params.userAgent,
  });
  cookies.set(SESSION_COOKIE, token, { maxAgeSeconds: Math.floor(config.sessionLifetimeMs / 1000) });
}

export async function endSession(db: Db, cookies: CookieJar): Promise<void> {
  const token = cookies.get(SESSION_COOKIE);
  if (token) {
    const row = await findSessionByToken(db, token);
    if (row) await deleteStaffSession(db, row.sessionId);
  }
  cookies.clear(SESSION_COOKIE);
}
