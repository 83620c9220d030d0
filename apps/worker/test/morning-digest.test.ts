import { randomBytes, randomUUID } from "node:crypto";
import { schema } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { createRedis } from "@hearth/jobs";
import { QueueEvents } from "bullmq";
import { eq } from "drizzle-orm";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readWorkerEnv } from "../src/env";
import { startWorker, type RunningWorker } from "../src/start";

/** Issue 10 §4: each member of staff gets a morning email of how much is due, naming no family. */
const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const prefix = `test-${randomBytes(4).toString("hex")}`;
const env = readWorkerEnv({ REDIS_URL: redisUrl, QUEUE_PREFIX: prefix, LOG_LEVEL: "silent", PUBLIC_BASE_URL: "https://hearth.example.gov.uk" });
// A Tuesday, 07:00 in London (GMT).
const now = () => new Date("2026-03-10T07:00:00Z");
let t: TestDatabase;
let worker: RunningWorker;
let events: QueueEvents;
let email: string;

beforeAll(async () => {
  t = await createTestDatabase();
  worker = await startWorker(env, { db: t.db, log: pino({ level: "silent" }), now });
  events = new QueueEvents("maintenance", { connection: createRedis(redisUrl), prefix });
  await events.waitUntilReady();

  const [area] = await t.db.select().from(schema.areas).limit(1);
  email = `digest.${randomUUID()}@hearth.test`;
  const [staff] = await t.db.insert(schema.staffUsers).values({ email, displayName: "Dee Gest", role: "lcss_worker", areaId: area!.id }).returning();
  for (const [name, dueOn] of [
    ["Secretname household", "2026-03-02"],
    ["Hiddenname household", "2026-03-10"],
    ["Quietname household", "2026-03-30"],
  ] as const) {
    const [family] = await t.db.insert(schema.families).values({ name, areaId: area!.id }).returning();
    await t.db
      .insert(schema.earlyHelpAssessments)
      .values({ familyId: family!.id, leadProfessionalStaffId: staff!.id, startedOn: "2026-02-01", dueOn });
  }
});
afterAll(async () => {
  await events?.close();
  await worker?.close(1_000);
  const redis = createRedis(redisUrl);
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
  await t?.destroy();
});

async function until<T>(probe: () => Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 100));
  }
}
const outboxFor = (recipient: string) => t.db.select().from(schema.outboxMessages).where(eq(schema.outboxMessages.recipient, recipient));
const digestLedger = () => t.db.select().from(schema.notificationDeliveries).where(eq(schema.notificationDeliveries.kind, "work_digest"));
async function runDigest(): Promise<unknown> {
  const job = await worker.queues.enqueue("work.morning-digest", {});
  return (await job.waitUntilFinished(events, 15_000)) as unknown;
}

describe("the morning digest", () => {
  it("is a job scheduler in Redis at 07:00 London time on weekdays", async () => {
    const schedulers = await worker.queues.queue("maintenance").getJobSchedulers();
    expect(schedulers).toEqual(
      expect.arrayContaining([expect.objectContaining({ key: "morning-digest", pattern: "0 7 * * 1-5", tz: "Europe/London" })]),
    );
  });

  it("emails each member of staff with work the counts and a link to their home page, and no family's name", async () => {
    expect(await runDigest()).toEqual({ queued: 1 });
    const [message] = await until(async () => (await outboxFor(email)).length > 0 && outboxFor(email));
    expect(message!.channel).toBe("email");
    expect(message!.subject).toBe("Your work today: 3 items, 1 overdue");
    expect(message!.body).toContain("1 due today and 1 overdue");
    expect(message!.body).toContain("https://hearth.example.gov.uk/lcss/");
    for (const name of ["Secretname", "Hiddenname", "Quietname", "household"]) expect(`${message!.subject} ${message!.body}`).not.toContain(name);
    const [delivery] = await digestLedger();
    expect(delivery).toMatchObject({ status: "sent", bookingId: null, channel: "email", providerId: `outbox-${message!.deliveryId}` });
    expect(delivery!.idempotencyKey).not.toContain("@");
  });

  it("sends only once a day however often it runs", async () => {
    await runDigest();
    const again = await worker.queues.enqueue("work.send-digest", {
      staffId: (await digestLedger())[0]!.idempotencyKey.split(":")[1]!,
      day: "2026-03-10",
    });
    const sendEvents = new QueueEvents("notifications", { connection: createRedis(redisUrl), prefix });
    await sendEvents.waitUntilReady();
    expect(await again.waitUntilFinished(sendEvents, 15_000)).toEqual({ status: "sent" });
    await sendEvents.close();
    expect(await outboxFor(email)).toHaveLength(1);
    expect(await digestLedger()).toHaveLength(1);
  });
});
