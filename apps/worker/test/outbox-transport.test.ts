import { randomBytes } from "node:crypto";
import { schema } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { createRedis } from "@hearth/jobs";
import { eq } from "drizzle-orm";
import { pino } from "pino";
import { afterAll, beforeAll, expect, it } from "vitest";
import { readWorkerEnv } from "../src/env";
import { startWorker, type RunningWorker } from "../src/start";
import { bookPlace, sessionTomorrow } from "./support/bookings";

const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const prefix = `test-${randomBytes(4).toString("hex")}`;
let t: TestDatabase;
let worker: RunningWorker;

beforeAll(async () => {
  t = await createTestDatabase();
  worker = await startWorker(
    readWorkerEnv({ REDIS_URL: redisUrl, QUEUE_PREFIX: prefix, LOG_LEVEL: "silent", PUBLIC_BASE_URL: "https://hearth.example" }),
    {
      db: t.db,
      log: pino({ level: "silent" }),
    },
  );
});
afterAll(async () => {
  await worker?.close(1_000);
  const redis = createRedis(redisUrl);
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
  await t?.destroy();
});

it("with neither Notify nor SMTP configured, a booking's confirmation lands in the outbox for staff to read", async () => {
  const booking = await bookPlace(t.db, await sessionTomorrow(t.db), { email: "sam.parent@example.com" });
  await worker.queues.enqueue("notifications.dispatch", {});
  const deadline = Date.now() + 15_000;
  let rows: (typeof schema.outboxMessages.$inferSelect)[] = [];
  while (!rows.length && Date.now() < deadline) {
    rows = await t.db
      .select({ m: schema.outboxMessages })
      .from(schema.outboxMessages)
      .innerJoin(schema.notificationDeliveries, eq(schema.notificationDeliveries.id, schema.outboxMessages.deliveryId))
      .where(eq(schema.notificationDeliveries.bookingId, booking.bookingId))
      .then((r) => r.map((x) => x.m));
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(rows).toEqual([
    expect.objectContaining({ channel: "email", recipient: "sam.parent@example.com", subject: "Booking confirmed: Stay and play" }),
  ]);
  expect(rows[0]!.body).toContain(`Reference: ${booking.reference}`);
  expect(rows[0]!.body).toMatch(/https:\/\/hearth\.example\/centres\/booking\/manage#/);
});
