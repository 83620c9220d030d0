import { staffWithWork } from "@hearth/db";
import { londonDateOf } from "@hearth/domain";
import type { Processor } from "./types";

/**
 * At 07:00 on weekdays: one digest job per member of staff with work open. The job id is the staff
 * member and the London day, so a second run the same morning (a retry, a restart) adds nothing,
 * and the send job's ledger key stops a duplicate even if one slipped through.
 */
export const morningDigestProcessor: Processor<"work.morning-digest"> = async (_payload, deps) => {
  const day = londonDateOf(deps.now());
  const staffIds = await staffWithWork(deps.db);
  await deps.queues.enqueueBulk(
    "work.send-digest",
    staffIds.map((staffId) => ({ payload: { staffId, day }, options: { jobId: `work-digest-${staffId}-${day}` } })),
  );
  return { queued: staffIds.length };
};
