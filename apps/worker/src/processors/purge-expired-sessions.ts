import { purgeExpiredSessions, purgeOldSignInFailures } from "@hearth/db";
import type { Processor } from "./types";

/**
 * Removes sign-in sessions that have passed their lifetime or idle timeout, and failed sign-in
 * records older than a day. Expired sessions are already refused at each request; this keeps the
 * table small and stops old token hashes lingering. Running it twice is harmless.
 */
export const purgeExpiredSessionsProcessor: Processor<"sessions.purge-expired"> = async (_payload, deps) => {
  const now = deps.now();
  const removed = await purgeExpiredSessions(deps.db, {
    now,
    idleBefore: new Date(now.getTime() - deps.settings.sessionIdleMs),
  });
  await purgeOldSignInFailures(deps.db, new Date(now.getTime() - 24 * 3_600_000));
  deps.log.info({ removed }, "expired sessions purged");
  return { removed };
};
