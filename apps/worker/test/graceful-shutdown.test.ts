import { randomBytes } from "node:crypto";
import { schema } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { createRedis } from "@hearth/jobs";
import { eq } from "drizzle-orm";
import { pino } from "pino";
import { afterAll, beforeAll, expect, it } from "vitest";
import { readWorkerEnv } from "../src/env";
import { startWorker } from "../src/start";
import { bookPlace, sessionTomorrow } from "./support/bookings";
import { FAKE_API_KEY, startFakeNotify, type FakeNotify } from "./support/fake-notify";

const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const prefix = `test-${randomBytes(4).toString("hex")}`;
let t: TestDatabase;
let notify: FakeNotify;

beforeAll(async () => {
  t = await createTestDatabase();
  notify = await startFakeNotify({ latencyMs: 1_500 });
});
afterAll(async () => {
  const redis = createRedis(redisUrl);
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
  await notify?.close();
  await t?.destroy();
});

it("on shutdown stops taking jobs but finishes the send in progress", async () => {
  const env = readWorkerEnv({
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: prefix,
    LOG_LEVEL: "silent",
    NOTIFY_API_KEY: FAKE_API_KEY,
    NOTIFY_BASE_URL: notify.url,
    NOTIFY_SMS_TEMPLATE_ID: "11111111-1111-4111-8111-111111111111",
    NOTIFY_EMAIL_TEMPLATE_ID: "22222222-2222-4222-8222-222222222222",
  });
  const worker = await startWorker(env, { db: t.db, log: pino({ level: "silent" }) });
  const booking = await bookPlace(t.db, await sessionTomorrow(t.db));
  await worker.queues.enqueue("notifications.dispatch", {});
  // Wait until Notify has the message (it then takes 1.5 s to answer), and shut down right then.
  while (!notify.receipts.some((r) => r.personalisation.body?.includes(booking.reference))) await new Promise((r) => setTimeout(r, 20));
  await worker.close(10_000);

  const [delivery] = await t.db.select().from(schema.notificationDeliveries).where(eq(schema.notificationDeliveries.bookingId, booking.bookingId));
  expect(delivery!.status).toBe("sent");
  expect(notify.receipts.filter((r) => r.personalisation.body?.includes(booking.reference))).toHaveLength(1);
});
