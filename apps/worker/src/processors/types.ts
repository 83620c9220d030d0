import type { Db } from "@hearth/db";
import type { CurrencyPeriods } from "@hearth/domain";
import type { JobName, JobPayload, JobQueues, ReturnFileStore } from "@hearth/jobs";
import type { Logger } from "pino";
import type { Transport } from "../notifications/transport";

export interface ProcessorDeps {
  db: Db;
  log: Logger;
  now: () => Date;
  queues: JobQueues;
  transport: Transport;
  /** Where statutory return files are stored for the API to serve. */
  returnFiles: ReturnFileStore;
  settings: {
    sessionIdleMs: number;
    publicBaseUrl: string;
    reminderHour: number;
    staleClaimMs: number;
    /** The CIN census header: the council's LA code and Hearth's release. */
    census: { laCode: string; release: string };
    /** How long each kind of NEET activity stays current, for the NCCIS return's checks. */
    neet: { currencyPeriods: CurrencyPeriods };
  };
}

/** Which run of the job this is, so a processor can tell its last attempt from one that will be retried. */
export interface Attempt {
  number: number;
  isLast: boolean;
  /** Records how far a long job has got, on the job itself (BullMQ's job progress). */
  progress(value: object): Promise<void>;
}

/** A processor receives a payload already validated against its job's zod schema. */
export type Processor<N extends JobName> = (payload: JobPayload<N>, deps: ProcessorDeps, attempt: Attempt) => Promise<unknown>;
