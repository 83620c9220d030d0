import { randomBytes } from "node:crypto";
import { createStaffSession, saveFormDraft, schema } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { createRedis } from "@hearth/jobs";
import { QueueEvents } from "bullmq";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readWorkerEnv } from "../src/env";
import { startWorker, type RunningWorker } from "../src/start";

// Real Redis, with a prefix of this file's own so parallel test files never see each other's jobs.
const prefix = `test-${randomBytes(4).toString("hex")}`;
const env = readWorkerEnv({ REDIS_URL: process.env.REDIS_URL ?? "redis://127.0.0.1:6379", QUEUE_PREFIX: prefix, LOG_LEVEL: "silent" });
let t: TestDatabase;
let worker: RunningWorker;

beforeAll(async () => {
  t = await createTestDatabase();
  worker = await startWorker(env, { db: t.db, log: pino({ level: "silent" }) });
});
afterAll(async () => {
  await worker.close(1_000);
  const redis = createRedis(env.REDIS_URL);
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
  await t.destroy();
});

describe("the worker", () => {
  it("registers the nightly session purge as a job scheduler in Redis", async () => {
    const queue = worker.queues.queue("maintenance");
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers).toEqual(
      expect.arrayContaining([expect.objectContaining({ key: "nightly-session-purge", pattern: "15 2 * * *", tz: "Europe/London" })]),
    );
  });

  it("purges expired and idle sessions and month-old form drafts when the job runs, and keeps live ones", async () => {
    const [staff] = await t.db.select().from(schema.staffUsers).limit(1);
    const now = new Date();
    const session = (token: string, startedMinutesAgo: number, expiresInMinutes: number) =>
      createStaffSession(t.db, {
        token,
        staffId: staff!.id,
        now: new Date(now.getTime() - startedMinutesAgo * 60_000),
        expiresAt: new Date(now.getTime() + expiresInMinutes * 60_000),
        ip: null,
        userAgent: null,
      });
    await session("expired", 60 * 13, -60);
    await session("idle", 45, 600);
    await session("live", 1, 600);
    const draft = (formKey: string, daysAgo: number) =>
      saveFormDraft(t.db, { staffId: staff!.id, formKey, data: { firstName: "Ada" }, now: new Date(now.getTime() - daysAgo * 86_400_000) });
    await draft("person.create", 31);
    await draft("family.alert:1", 2);

    const events = new QueueEvents("maintenance", { connection: createRedis(env.REDIS_URL), prefix });
    await events.waitUntilReady();
    const job = await worker.queues.enqueue("sessions.purge-expired", {});
    const result = await job.waitUntilFinished(events, 15_000);
    await events.close();

    expect(result).toEqual({ removed: 2, draftsRemoved: 1 });
    expect(await t.db.select().from(schema.staffSessions)).toHaveLength(1);
    // A draft untouched for 30 days holds personal data nobody came back for; a recent one stays.
    expect((await t.db.select().from(schema.formDrafts)).map((d) => d.formKey)).toEqual(["family.alert:1"]);
  });

  it("refuses a job whose payload does not match its schema, without retrying it", async () => {
    await expect(worker.queues.enqueue("sessions.purge-expired", { unexpected: true } as never)).rejects.toThrow();
  });
});
