import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { schema } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { createRedis, JobQueues } from "@hearth/jobs";
import { eq } from "drizzle-orm";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readWorkerEnv } from "../src/env";
import { startWorker, type RunningWorker } from "../src/start";
import { bookPlace, sessionTomorrow } from "./support/bookings";
import { FAKE_API_KEY, startFakeNotify, type FakeNotify } from "./support/fake-notify";

/**
 * The worst moment to die: Notify has taken the message but the worker is killed (SIGKILL, no
 * clean-up) before it records that. Another worker takes the job over and must not send it again.
 */
const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const prefix = `test-${randomBytes(4).toString("hex")}`;
let t: TestDatabase;
let notify: FakeNotify;
let child: ChildProcess | undefined;
let survivor: RunningWorker | undefined;

const workerEnv = () => ({
  REDIS_URL: redisUrl,
  QUEUE_PREFIX: prefix,
  LOG_LEVEL: "silent",
  NOTIFY_API_KEY: FAKE_API_KEY,
  NOTIFY_BASE_URL: notify.url,
  NOTIFY_SMS_TEMPLATE_ID: "11111111-1111-4111-8111-111111111111",
  NOTIFY_EMAIL_TEMPLATE_ID: "22222222-2222-4222-8222-222222222222",
  JOB_LOCK_MS: "1500",
});

beforeAll(async () => {
  t = await createTestDatabase();
  // Notify records the message, then takes 4 s to answer: the window in which the worker dies.
  notify = await startFakeNotify({ latencyMs: 4_000 });
});
afterAll(async () => {
  child?.kill("SIGKILL");
  await survivor?.close(1_000);
  const redis = createRedis(redisUrl);
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
  await notify?.close();
  await t?.destroy();
});

async function until(probe: () => boolean | Promise<boolean>, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("a worker killed in the middle of a send", () => {
  // It starts worker processes; on a busy machine their start-up alone can take tens of seconds.
  it("leads to exactly one message once another worker takes over", { timeout: 180_000 }, async () => {
    const booking = await bookPlace(t.db, await sessionTomorrow(t.db));
    const main = fileURLToPath(new URL("../src/main.ts", import.meta.url));
    child = spawn(process.execPath, ["--import", "tsx", main], {
      env: { ...process.env, ...workerEnv(), DATABASE_URL: t.url },
      stdio: "ignore",
    });

    const queues = new JobQueues({ connection: createRedis(redisUrl), prefix });
    await queues.enqueue("notifications.dispatch", {});
    await until(() => notify.receipts.some((r) => r.personalisation.body?.includes(booking.reference)));
    child.kill("SIGKILL");
    await new Promise((r) => child!.once("exit", r));
    await queues.close();

    // Notify has it; the ledger still says "sending", claimed by a worker that no longer exists.
    const ledger = () => t.db.select().from(schema.notificationDeliveries).where(eq(schema.notificationDeliveries.bookingId, booking.bookingId));
    expect((await ledger())[0]?.status).toBe("sending");

    notify.latencyMs = 0;
    survivor = await startWorker(readWorkerEnv(workerEnv()), { db: t.db, log: pino({ level: "silent" }) });
    await until(async () => (await ledger())[0]?.status === "sent");

    const receipts = notify.receipts.filter((r) => r.personalisation.body?.includes(booking.reference));
    expect(receipts).toHaveLength(1);
    expect((await ledger())[0]).toMatchObject({ status: "sent", providerId: receipts[0]!.id, attempts: 2 });
  });
});
