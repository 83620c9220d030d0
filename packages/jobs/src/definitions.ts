import { z } from "zod";

/**
 * Every job Hearth runs: its queue, its name and the schema of its payload. The API enqueues
 * through these, the worker validates against them, so the two can never disagree on a shape.
 */
export const queueNames = {
  maintenance: "maintenance",
} as const;
export type QueueName = (typeof queueNames)[keyof typeof queueNames];

export const jobDefinitions = {
  "sessions.purge-expired": {
    queue: queueNames.maintenance,
    payload: z.object({}).strict(),
  },
} as const satisfies Record<string, { queue: QueueName; payload: z.ZodType }>;

export type JobName = keyof typeof jobDefinitions;
export type JobPayload<N extends JobName> = z.infer<(typeof jobDefinitions)[N]["payload"]>;

/** Jobs that run on a timetable, kept in Redis by BullMQ's job schedulers (upsertJobScheduler). */
export const schedules: { id: string; job: JobName; pattern: string; tz: string }[] = [
  // Nightly, when nobody is working: idle and expired sign-in sessions are removed.
  { id: "nightly-session-purge", job: "sessions.purge-expired", pattern: "15 2 * * *", tz: "Europe/London" },
];
