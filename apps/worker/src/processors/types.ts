import type { Db } from "@hearth/db";
import type { JobName, JobPayload } from "@hearth/jobs";
import type { Logger } from "pino";

export interface ProcessorDeps {
  db: Db;
  log: Logger;
  now: () => Date;
  settings: { sessionIdleMs: number };
}

/** A processor receives a payload already validated against its job's zod schema. */
export type Processor<N extends JobName> = (payload: JobPayload<N>, deps: ProcessorDeps) => Promise<unknown>;
