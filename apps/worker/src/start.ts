import { failStatutoryReturn, failureFacts, type Db } from "@hearth/db";
import { createRedis, evictionPolicyWarning, folderReturnFileStore, jobDefinitions, JobQueues, queueNames, type JobName } from "@hearth/jobs";
import { UnrecoverableError, Worker, type Job } from "bullmq";
import { parseCurrencyPeriods } from "@hearth/domain";
import { pino, type Logger } from "pino";
import type { WorkerEnv } from "./env";
import { processors } from "./processors";
import { failureReason } from "./processors/build-cin-census";
import type { Attempt, ProcessorDeps } from "./processors/types";
import { chooseTransport } from "./notifications/choose-transport";
import type { Transport } from "./notifications/transport";

export interface RunningWorker {
  queues: JobQueues;
  /** Stops taking jobs, lets running ones finish (or releases them after `graceMs`), then closes Redis. */
  close(graceMs?: number): Promise<void>;
}

function isJobName(name: string): name is JobName {
  return Object.hasOwn(jobDefinitions, name);
}

/** Looks up the processor by job name and validates the payload; a bad job fails at once, unretried. */
export async function runJob(
  job: Pick<Job, "name" | "data" | "id" | "attemptsMade" | "opts"> & { updateProgress?: Job["updateProgress"] },
  deps: ProcessorDeps,
): Promise<unknown> {
  if (!isJobName(job.name)) throw new UnrecoverableError(`No processor for job "${job.name}"`);
  const parsed = jobDefinitions[job.name].payload.safeParse(job.data);
  if (!parsed.success) throw new UnrecoverableError(`Invalid payload for ${job.name}: ${parsed.error.message}`);
  const processor = processors[job.name] as (payload: unknown, deps: ProcessorDeps, attempt: Attempt) => Promise<unknown>;
  const number = job.attemptsMade + 1;
  return processor(parsed.data, deps, {
    number,
    isLast: number >= (job.opts.attempts ?? 1),
    progress: async (value) => {
      await job.updateProgress?.(value);
    },
  });
}

export async function startWorker(env: WorkerEnv, deps: { db: Db; log?: Logger; now?: () => Date; transport?: Transport }): Promise<RunningWorker> {
  const log = deps.log ?? pino({ level: env.LOG_LEVEL, name: "worker" });
  const connection = createRedis(env.REDIS_URL);
  const warning = await evictionPolicyWarning(connection);
  if (warning) log.warn(warning);

  const queues = new JobQueues({ connection, prefix: env.QUEUE_PREFIX });
  await queues.upsertSchedules();

  const transport = deps.transport ?? chooseTransport(env, deps.db);
  log.info({ transport: transport.name }, "family messages go through this transport");
  const processorDeps: ProcessorDeps = {
    db: deps.db,
    log,
    now: deps.now ?? (() => new Date()),
    queues,
    transport,
    returnFiles: folderReturnFileStore(env.RETURNS_DIR),
    settings: {
      sessionIdleMs: env.SESSION_IDLE_MINUTES * 60_000,
      publicBaseUrl: env.PUBLIC_BASE_URL,
      reminderHour: env.REMINDER_HOUR,
      staleClaimMs: env.JOB_LOCK_MS,
      census: { laCode: env.LA_CODE, release: env.HEARTH_RELEASE },
      neet: { currencyPeriods: parseCurrencyPeriods(env.NEET_CURRENCY_MONTHS) },
    },
  };
  const workers = Object.values(queueNames).map((name) => {
    const worker = new Worker(name, (job) => runJob(job, processorDeps), {
      connection,
      prefix: env.QUEUE_PREFIX,
      // A return is long and busy: one at a time, so messages and reminders keep the other core.
      concurrency: name === queueNames.returns ? 1 : env.WORKER_CONCURRENCY,
      lockDuration: env.JOB_LOCK_MS,
      stalledInterval: env.JOB_LOCK_MS,
      // Notify allows 3,000 a minute; BullMQ's windows are fixed, so stay well under (40/s = 2,400/min).
      ...(name === queueNames.notifications ? { limiter: { max: env.NOTIFY_RATE_PER_SECOND, duration: 1_000 } } : {}),
    });
    // Job ids only: payloads may hold personal data and never go to the logs.
    // Safe facts, not the message: a database error's message quotes the statement and the
    // family's details in its parameters.
    worker.on("failed", (job, err) => log.error({ queue: name, job: job?.name, id: job?.id, failure: failureFacts(err) }, "job failed"));
    // A return whose job gave up without the processor's last attempt running (stalled once too
    // often) must not stay "running" for ever: that would refuse every later run of its year.
    worker.on("failed", (job, err) => {
      if ((job?.name === "returns.cin-census" || job?.name === "returns.nccis") && job.attemptsMade >= (job.opts.attempts ?? 1))
        void failStatutoryReturn(deps.db, { id: (job.data as { returnId: string }).returnId, reason: failureReason(err) }).catch(() => {});
    });
    worker.on("error", (err) => log.error({ queue: name, failure: failureFacts(err) }, "worker error"));
    return worker;
  });
  log.info({ queues: Object.values(queueNames) }, "worker started");

  return {
    queues,
    async close(graceMs = 30_000) {
      // close() waits for running jobs; past the grace period they are force-closed, and BullMQ's
      // stalled-job check hands them to another worker, so nothing is lost either way.
      const graceful = Promise.all(workers.map((w) => w.close()));
      const timedOut = await Promise.race([
        graceful.then(() => false),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(true), graceMs).unref()),
      ]);
      if (timedOut) await Promise.all(workers.map((w) => w.close(true)));
      await queues.close();
      await connection.quit();
      log.info("worker stopped");
    },
  };
}
