import { randomBytes } from "node:crypto";
import { insertAdviceRequest, queueAdviceRequest, schema } from "@hearth/db";
import { ADVICE_UNCONFIRMED_KEPT_DAYS } from "@hearth/domain";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { createRedis } from "@hearth/jobs";
import { QueueEvents } from "bullmq";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readWorkerEnv } from "../src/env";
import { startWorker, type RunningWorker } from "../src/start";

/**
 * Issue 11 §2: an online request for advice whose work email was never confirmed is deleted once
 * its days are up, by a nightly worker job; a recent one, and every confirmed one, stays. Real
 * PostgreSQL and Redis.
 */
const prefix = `test-${randomBytes(4).toString("hex")}`;
const env = readWorkerEnv({ REDIS_URL: process.env.REDIS_URL ?? "redis://127.0.0.1:6379", QUEUE_PREFIX: prefix, LOG_LEVEL: "silent" });
const now = new Date("2026-03-10T03:00:00Z");
let t: TestDatabase;
let worker: RunningWorker;

beforeAll(async () => {
  t = await createTestDatabase();
  worker = await startWorker(env, { db: t.db, log: pino({ level: "silent" }), now: () => now });
});
afterAll(async () => {
  await worker?.close(1_000);
  const redis = createRedis(env.REDIS_URL);
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
  await t?.destroy();
});

async function request(professionalName: string, daysAgo: number) {
  const [locality] = await t.db.select().from(schema.localities).limit(1);
  return insertAdviceRequest(t.db, {
    professionalName,
    professionalRole: "Designated safeguarding lead",
    organisation: "Meadow Primary School",
    email: `${professionalName.toLowerCase()}@school.example`,
    childKind: "no_names",
    childAge: 8,
    localityId: locality!.id,
    areaId: locality!.areaId,
    concern: "Often hungry at school.",
    tried: "Breakfast club.",
    createdAt: new Date(now.getTime() - daysAgo * 86_400_000),
  });
}

describe("purging unconfirmed requests for advice", () => {
  it("is a nightly job scheduler in Redis", async () => {
    expect(await worker.queues.queue("maintenance").getJobSchedulers()).toEqual(
      expect.arrayContaining([expect.objectContaining({ key: "nightly-advice-request-purge", pattern: "30 2 * * *", tz: "Europe/London" })]),
    );
  });

  it(`deletes those never confirmed after ${ADVICE_UNCONFIRMED_KEPT_DAYS} days, and keeps recent and confirmed ones`, async () => {
    await request("Stale", ADVICE_UNCONFIRMED_KEPT_DAYS + 1);
    await request("Recent", ADVICE_UNCONFIRMED_KEPT_DAYS - 1);
    const confirmed = await request("Confirmed", 30);
    await queueAdviceRequest(t.db, confirmed, new Date(now.getTime() - 30 * 86_400_000));

    const events = new QueueEvents("maintenance", { connection: createRedis(env.REDIS_URL), prefix });
    await events.waitUntilReady();
    const run = async (): Promise<unknown> =>
      (await worker.queues.enqueue("adviceRequests.purge-unconfirmed", {})).waitUntilFinished(events, 15_000) as Promise<unknown>;
    expect(await run()).toEqual({ removed: 1 });
    // Running it again removes nothing more.
    expect(await run()).toEqual({ removed: 0 });
    await events.close();
    const left = await t.db.select().from(schema.adviceRequests);
    expect(left.map((r) => r.professionalName).sort()).toEqual(["Confirmed", "Recent"]);
  });
});
