import type { JobName } from "@hearth/jobs";
import { purgeExpiredSessionsProcessor } from "./purge-expired-sessions";
import type { Processor } from "./types";

/** Every job name has exactly one processor; the type makes a missing one a compile error. */
export const processors: { [N in JobName]: Processor<N> } = {
  "sessions.purge-expired": purgeExpiredSessionsProcessor,
};
