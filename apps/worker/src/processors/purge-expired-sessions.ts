import { purgeExpiredSessions, purgeOldFormDrafts, purgeOldSignInFailures } from "@hearth/db";
import type { Processor } from "./types";

/**
 * Removes sign-in sessions that have passed their lifetime or idle timeout, and failed sign-in
 * records older than a day. Expired sessions are already refused at each request; this keeps the
 * table small and stops old token hashes lingering. Form drafts untouched for 30 days go too: they
 * hold personal data that nobody came back to submit. Running it twice is harmless.
 */
const DRAFT_KEPT_MS = 30 * 24 * 3_600_000;

export const purgeExpiredSessionsProcessor: Processor<"sessions.purge-expired"> = async (_payload, deps) => {
  const now = deps.now();
  const removed = await purgeExpiredSessions(deps.db, {
    now,
    idleBefore: new Date(now.getTime() - deps.settings.sessionIdleMs),
  });
  await purgeOldSignInFailures(deps.db, new Date(now.getTime() - 24 * 3_600_000));
  const draftsRemoved = await purgeOldFormDrafts(deps.db, new Date(now.getTime() - DRAFT_KEPT_MS));
  deps.log.info({ removed, draftsRemoved }, "expired sessions and old form drafts purged");
  return { removed, draftsRemoved };
};
