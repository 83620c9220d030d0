import type { Db } from "@hearth/db";
import type { JobName, JobPayload, JobQueues } from "@hearth/jobs";
import type { Logger } from "pino";
import type { Transport } from "../notifications/transport";

export interface ProcessorDeps {
  db: Db;
  log: Logger;
  now: () => Date;
  queues: JobQueues;
  transport: Transport;
  settings: { sessionIdleMs: number; publicBaseUrl: string; reminderHour: number; staleClaimMs: number };
}

/** Which run of the job this is, so a processor can tell its last attempt from one that will be retried. */
export interface Attempt {
  number: number;
  isLast: boolean;
}

/** A processor receives a payload already validated against its job's zod schema. */
export type Processor<N extends JobName> = (payload: JobPayload<N>, deps: ProcessorDeps, attempt: Attempt) => Promise<unknown>;
