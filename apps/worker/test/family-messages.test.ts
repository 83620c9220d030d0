import { randomBytes } from "node:crypto";
import { cancelOpenAccessSession, schema } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { createRedis } from "@hearth/jobs";
import { eq } from "drizzle-orm";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readWorkerEnv } from "../src/env";
import { startWorker, type RunningWorker } from "../src/start";
import { bookPlace, sessionTomorrow } from "./support/bookings";
import { FAKE_API_KEY, INVALID_MOBILE, startFakeNotify, type FakeNotify } from "./support/fake-notify";

const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const prefix = `test-${randomBytes(4).toString("hex")}`;
let t: TestDatabase;
let notify: FakeNotify;
let worker: RunningWorker;

beforeAll(async () => {
  t = await createTestDatabase();
  notify = await startFakeNotify();
  const env = readWorkerEnv({
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: prefix,
    LOG_LEVEL: "silent",
    REMINDER_HOUR: "0",
    NOTIFY_API_KEY: FAKE_API_KEY,
    NOTIFY_BASE_URL: notify.url,
    NOTIFY_SMS_TEMPLATE_ID: "11111111-1111-4111-8111-111111111111",
    NOTIFY_EMAIL_TEMPLATE_ID: "22222222-2222-4222-8222-222222222222",
    JOB_LOCK_MS: "2000",
  });
  worker = await startWorker(env, { db: t.db, log: pino({ level: "silent" }) });
});
afterAll(async () => {
  await worker?.close(1_000);
  const redis = createRedis(redisUrl);
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
  await notify?.close();
  await t?.destroy();
});

async function until<T>(probe: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 100));
  }
}

const ledger = (bookingId: string) => t.db.select().from(schema.notificationDeliveries).where(eq(schema.notificationDeliveries.bookingId, bookingId));
const receiptsFor = (reference: string) => notify.receipts.filter((r) => r.personalisation.body?.includes(reference));

describe("family messages through GOV.UK Notify", () => {
  it("sends the booking confirmation once, signed with the API key, with no personal data in the reference", async () => {
    const booking = await bookPlace(t.db, await sessionTomorrow(t.db));
    await worker.queues.enqueue("notifications.dispatch", {});
    const [receipt] = await until(() => receiptsFor(booking.reference).length > 0 && receiptsFor(booking.reference));
    expect(notify.unauthorised).toBe(0);
    expect(receipt!.type).toBe("sms");
    expect(receipt!.personalisation.body).toMatch(/is booked/);
    expect(receipt!.personalisation.body).toMatch(/\/centres\/booking\/manage#[A-Za-z0-9_-]{43}/);
    expect(receipt!.reference).toMatch(/^[0-9]+$/);
    const [row] = await until(async () => (await ledger(booking.bookingId)).find((d) => d.status === "sent") && ledger(booking.bookingId));
    expect(row).toMatchObject({ kind: "booking_confirmed", status: "sent", providerId: receipt!.id, channel: "sms" });
  });

  it("sends a reminder once when its job runs twice", async () => {
    const booking = await bookPlace(t.db, await sessionTomorrow(t.db));
    const [session] = await t.db
      .select()
      .from(schema.openAccessSessions)
      .innerJoin(schema.bookings, eq(schema.bookings.sessionId, schema.openAccessSessions.id))
      .where(eq(schema.bookings.id, booking.bookingId));
    const payload = { kind: "session_reminder" as const, bookingId: booking.bookingId, about: session!.open_access_sessions.startsAt.toISOString() };
    await worker.queues.enqueue("notifications.send", payload);
    await worker.queues.enqueue("notifications.send", payload);
    await until(async () => (await ledger(booking.bookingId)).some((d) => d.kind === "session_reminder" && d.status === "sent"));
    await new Promise((r) => setTimeout(r, 500));
    expect(
      notify.receipts.filter((r) => r.personalisation.subject?.startsWith("Reminder") && r.personalisation.body?.includes(booking.reference)),
    ).toHaveLength(1);
  });

  it("two reminder scans at once send each reminder once", async () => {
    const sessionId = await sessionTomorrow(t.db);
    const bookings = [];
    for (let i = 0; i < 5; i++) bookings.push(await bookPlace(t.db, sessionId));
    await Promise.all([
      worker.queues.enqueue("reminders.scan", {}),
      worker.queues.enqueue("reminders.scan", {}),
      worker.queues.enqueue("reminders.scan", {}),
    ]);
    for (const b of bookings) await until(async () => (await ledger(b.bookingId)).some((d) => d.kind === "session_reminder" && d.status === "sent"));
    await new Promise((r) => setTimeout(r, 500));
    for (const b of bookings)
      expect(
        notify.receipts.filter((r) => r.personalisation.subject?.startsWith("Reminder") && r.personalisation.body?.includes(b.reference)),
      ).toHaveLength(1);
  });

  it("does not remind a booking cancelled after its reminder was queued", async () => {
    const booking = await bookPlace(t.db, await sessionTomorrow(t.db));
    const [row] = await t.db
      .select()
      .from(schema.openAccessSessions)
      .innerJoin(schema.bookings, eq(schema.bookings.sessionId, schema.openAccessSessions.id))
      .where(eq(schema.bookings.id, booking.bookingId));
    await booking.cancel();
    await worker.queues.enqueue("notifications.send", {
      kind: "session_reminder",
      bookingId: booking.bookingId,
      about: row!.open_access_sessions.startsAt.toISOString(),
    });
    const suppressed = await until(async () =>
      (await ledger(booking.bookingId)).find((d) => d.kind === "session_reminder" && d.status === "suppressed"),
    );
    expect(suppressed.lastError).toBe("booking is not booked");
    expect(
      notify.receipts.filter((r) => r.personalisation.subject?.startsWith("Reminder") && r.personalisation.body?.includes(booking.reference)),
    ).toHaveLength(0);
  });

  it("tells each family why their session was cancelled, in the words staff typed", async () => {
    const sessionId = await sessionTomorrow(t.db);
    const booking = await bookPlace(t.db, sessionId);
    await t.db.transaction((tx) => cancelOpenAccessSession(tx, { sessionId, reason: "The heating has broken down", now: new Date() }));
    await worker.queues.enqueue("notifications.dispatch", {});
    const receipt = await until(() =>
      notify.receipts.find((r) => r.personalisation.subject?.startsWith("Session cancelled") && r.personalisation.body?.includes(booking.reference)),
    );
    expect(receipt.personalisation.body).toContain("Reason: The heating has broken down");
  });

  it("stops on an invalid number and flags the contact detail for staff", async () => {
    const booking = await bookPlace(t.db, await sessionTomorrow(t.db), { mobile: "07700 900000" });
    expect(INVALID_MOBILE).toBe("07700900000");
    await worker.queues.enqueue("notifications.dispatch", {});
    const failed = await until(async () => (await ledger(booking.bookingId)).find((d) => d.status === "permanent_failure"));
    expect(failed.lastError).toMatch(/Not a UK mobile number/);
    const flags = await t.db.select().from(schema.familyContactProblems).where(eq(schema.familyContactProblems.bookingId, booking.bookingId));
    expect(flags).toEqual([expect.objectContaining({ channel: "sms" })]);
  });
});
