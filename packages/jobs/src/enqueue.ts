import { Queue, type JobsOptions } from "bullmq";
import { jobDefinitions, schedules, type JobName, type JobPayload, type QueueName } from "./definitions";
import type { QueueSettings } from "./connection";

/** One Queue object per queue name, made on first use and closed together. */
export class JobQueues {
  private readonly queues = new Map<QueueName, Queue>();
  constructor(private readonly settings: QueueSettings) {}

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        connection: this.settings.connection,
        prefix: this.settings.prefix,
        // Eight attempts from 5 s doubling span about 20 minutes: long enough to outlast a claim left
        // by a dead worker (30 s) and a short Notify or network outage.
        defaultJobOptions: { attempts: 8, backoff: { type: "exponential", delay: 5_000 }, removeOnComplete: 1_000, removeOnFail: false },
      });
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** Validates the payload before it leaves the process: a bad job is refused here, not in the worker. */
  async enqueue<N extends JobName>(name: N, payload: JobPayload<N>, options: JobsOptions = {}) {
    const definition = jobDefinitions[name];
    const data = definition.payload.parse(payload);
    return this.queue(definition.queue).add(name, data, options);
  }

  /** Many jobs of one kind in one round trip to Redis: how scans fan out. */
  async enqueueBulk<N extends JobName>(name: N, jobs: { payload: JobPayload<N>; options?: JobsOptions }[]) {
    if (!jobs.length) return [];
    const definition = jobDefinitions[name];
    return this.queue(definition.queue).addBulk(jobs.map((j) => ({ name, data: definition.payload.parse(j.payload), opts: j.options })));
  }

  /** Creates or updates every timetable in `schedules`; safe to run at every start. */
  async upsertSchedules() {
    for (const schedule of schedules) {
      const definition = jobDefinitions[schedule.job];
      const repeat = "every" in schedule ? { every: schedule.every } : { pattern: schedule.pattern, tz: schedule.tz };
      await this.queue(definition.queue).upsertJobScheduler(schedule.id, repeat, { name: schedule.job, data: {} });
    }
  }

  async close() {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}
