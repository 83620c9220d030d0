import { purgeUnconfirmedAdviceRequests } from "@hearth/db";
import { ADVICE_UNCONFIRMED_KEPT_DAYS } from "@hearth/domain";
import type { Processor } from "./types";

const DAY_MS = 24 * 3_600_000;

/**
 * Deletes online requests for advice (issue 11 §2) whose work email was never confirmed within the
 * days they are kept: they never reached a queue, and they hold a child's details that nobody
 * will act on. Running it twice is harmless.
 */
export const purgeUnconfirmedAdviceRequestsProcessor: Processor<"adviceRequests.purge-unconfirmed"> = async (_payload, deps) => {
  const removed = await purgeUnconfirmedAdviceRequests(deps.db, new Date(deps.now().getTime() - ADVICE_UNCONFIRMED_KEPT_DAYS * DAY_MS));
  deps.log.info({ removed }, "unconfirmed advice requests purged");
  return { removed };
};
