import { randomBytes } from "node:crypto";
import { claimDelivery, insertOutboxMessage, schema, settleDelivery } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { familyMessageKey } from "@hearth/domain";
import { createRedis, JobQueues } from "@hearth/jobs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookingInput, newSession } from "./booking-support";
import { client, signedInAs } from "./support";

let t: TestDatabase;
const prefix = `test-${randomBytes(4).toString("hex")}`;
const redis = createRedis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379");
const jobs = new JobQueues({ connection: redis, prefix });

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await jobs.close();
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
  await t.destroy();
});

/** A booking at a centre and one message about it, settled as the worker would have left it. */
async function messageAt(centre: string, status: "sent" | "permanent_failure", body?: string) {
  const made = await (await client(t.db).call()).bookings.create(bookingInput(await newSession(t.db, { capacity: 10, centre })));
  const [booking] = await t.db.select().from(schema.bookings).where(eq(schema.bookings.reference, made.reference));
  const now = new Date();
  const claim = await claimDelivery(t.db, {
    key: familyMessageKey("booking_confirmed", booking!.id, `outbox-${made.reference}`),
    kind: "booking_confirmed",
    bookingId: booking!.id,
    transport: "outbox",
    now,
    staleBefore: now,
  });
  if (claim.action !== "send") throw new Error("fresh key expected");
  if (status === "sent")
    await insertOutboxMessage(t.db, {
      deliveryId: claim.delivery.id,
      channel: "sms",
      recipient: booking!.mobile!,
      subject: "Booking confirmed",
      body: body ?? `Reference: ${made.reference}`,
    });
  await settleDelivery(t.db, claim.delivery.id, {
    status,
    now,
    error: status === "sent" ? undefined : "Notify 400: phone_number Not a UK mobile number",
  });
  return { reference: made.reference, deliveryId: claim.delivery.id };
}

describe("the staff view of family messages", () => {
  it("shows centre staff the outbox messages of their own centre only", async () => {
    const own = await messageAt("blackbird-leys", "sent");
    const other = await messageAt("banbury", "sent");
    const staff = await signedInAs(t.db, "centre_staff"); // Blackbird Leys
    const outbox = await (await staff.call()).notifications.outbox({ limit: 50 });
    expect(outbox.map((m) => m.bookingReference)).toContain(own.reference);
    expect(outbox.map((m) => m.bookingReference)).not.toContain(other.reference);
    const admin = await (await (await signedInAs(t.db, "admin")).call()).notifications.outbox({ limit: 50 });
    expect(admin.map((m) => m.bookingReference)).toEqual(expect.arrayContaining([own.reference, other.reference]));
  });

  it("never hands staff a live manage link: the token in an outbox message is masked", async () => {
    const token = randomBytes(32).toString("base64url");
    const body = `Hello Amira,\n\nTo view or cancel: https://hearth.example/centres/booking/manage#${token}\n\nReference: HB-TEST`;
    const sent = await messageAt("blackbird-leys", "sent", body);
    for (const role of ["centre_staff", "admin"] as const) {
      const outbox = await (await (await signedInAs(t.db, role)).call()).notifications.outbox({ limit: 50 });
      const message = outbox.find((m) => m.bookingReference === sent.reference)!;
      expect(JSON.stringify(outbox)).not.toContain(token);
      expect(message.body).toContain("https://hearth.example/centres/booking/manage#[link hidden]");
      expect(message.body).toContain("Reference: HB-TEST");
    }
  });

  it("lists failed messages with the reason, and a retry queues the same message again", async () => {
    const failed = await messageAt("banbury", "permanent_failure");
    const manager = await signedInAs(t.db, "centre_manager"); // Banbury, North
    const api = await manager.call();
    const rows = await api.notifications.failed({ limit: 50 });
    expect(rows.find((r) => r.id === failed.deliveryId)).toMatchObject({
      status: "permanent_failure",
      reason: expect.stringMatching(/Not a UK mobile/),
    });

    // The caller built by the test support has no queues; the server's always does.
    const { createCallerFactory, appRouter, createContext, defaultApiConfig } = await import("../src/index");
    const caller = createCallerFactory(appRouter)(
      await createContext({
        db: t.db,
        config: { ...defaultApiConfig, secureCookies: false },
        meta: { ip: "192.0.2.1", userAgent: "vitest" },
        cookies: manager.cookies,
        rateLimiter: { hit: () => Promise.resolve(true) },
        jobs,
      }),
    );
    await expect(caller.notifications.retry({ deliveryId: failed.deliveryId })).resolves.toEqual({ retried: true });
    const [delivery] = await t.db.select().from(schema.notificationDeliveries).where(eq(schema.notificationDeliveries.id, failed.deliveryId));
    expect(delivery!.status).toBe("retrying");
    const waiting = await jobs.queue("notifications").getWaiting();
    expect(waiting.map((j) => j.data as { kind: string })).toEqual([
      expect.objectContaining({ kind: "booking_confirmed", about: `outbox-${failed.reference}` }),
    ]);
  });

  it("does not let centre staff retry another centre's message", async () => {
    const failed = await messageAt("banbury", "permanent_failure");
    const staff = await signedInAs(t.db, "centre_staff");
    await expect((await staff.call()).notifications.retry({ deliveryId: failed.deliveryId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
