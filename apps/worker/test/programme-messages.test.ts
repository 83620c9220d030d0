import { randomBytes } from "node:crypto";
import { insertProgramme, insertProgrammeRun, queueProgrammeMessages, schema } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { addDays, londonDateOf } from "@hearth/domain";
import { createRedis } from "@hearth/jobs";
import { eq } from "drizzle-orm";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readWorkerEnv } from "../src/env";
import { startWorker, type RunningWorker } from "../src/start";
import { bookPlace, sessionTomorrow } from "./support/bookings";

/**
 * Programme places (issue 13) are told to families through the booking messages' outbox, ledger and
 * transport (here the staff-readable outbox): each offer and confirmation once however often the
 * outbox is dispatched, and a reminder the day before a session once however often it is scanned.
 */
const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const prefix = `test-${randomBytes(4).toString("hex")}`;
let t: TestDatabase;
let worker: RunningWorker;
let referralId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  const env = readWorkerEnv({ REDIS_URL: redisUrl, QUEUE_PREFIX: prefix, LOG_LEVEL: "silent", REMINDER_HOUR: "0", JOB_LOCK_MS: "2000" });
  worker = await startWorker(env, { db: t.db, log: pino({ level: "silent" }) });
  // A family known from a booking, referred to a run meeting tomorrow.
  const booking = await bookPlace(t.db, await sessionTomorrow(t.db));
  const [child] = await t.db.select().from(schema.bookingChildren).where(eq(schema.bookingChildren.bookingId, booking.bookingId));
  const [familyRow] = await t.db.select().from(schema.bookings).where(eq(schema.bookings.id, booking.bookingId));
  const programme = await insertProgramme(t.db, {
    name: "Worker programme",
    category: "parenting",
    evidenceRating: "3",
    childAgeFrom: 0,
    childAgeTo: 5,
    levelsOfNeed: [2],
    numberOfSessions: 2,
    completionShare: 0.5,
  });
  const tomorrow = addDays(londonDateOf(new Date()), 1);
  const run = await insertProgrammeRun(t.db, {
    run: {
      programmeId: programme!.id,
      venue: { name: "Didcot Civic Hall", postcode: "OX11 7JN" },
      schedule: { weekday: "monday", startTime: "10:00", endTime: "12:00", startsOn: londonDateOf(new Date()) },
      facilitators: [{ name: "Fran Facilitator" }],
      capacity: 8,
    },
    sessionDates: [tomorrow],
  });
  const [referral] = await t.db
    .insert(schema.programmeReferrals)
    .values({
      runId: run.id,
      familyId: familyRow!.familyId,
      personId: child!.personId,
      source: "self",
      consentGiven: true,
      consentGivenBy: "Parent",
      consentRecordedOn: londonDateOf(new Date()),
      carerName: "Robin Referred",
      mobile: "07700 900555",
      preferredChannel: "sms",
      status: "enrolled",
    })
    .returning();
  referralId = referral!.id;
});
afterAll(async () => {
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

const ledger = () => t.db.select().from(schema.notificationDeliveries).where(eq(schema.notificationDeliveries.referralId, referralId));
const sentTexts = async () =>
  (await t.db.select().from(schema.outboxMessages)).filter((m) => m.recipient === "+447700900555" || m.recipient.endsWith("900555"));

describe("programme messages", () => {
  it("sends the confirmation once when the outbox is dispatched twice", async () => {
    await queueProgrammeMessages(t.db, [{ kind: "programme_enrolled", referralId }]);
    await worker.queues.enqueue("notifications.dispatch", {});
    await worker.queues.enqueue("notifications.dispatch", {});
    await until(async () => (await ledger()).some((d) => d.kind === "programme_enrolled" && d.status === "sent"));
    const texts = (await sentTexts()).filter((m) => m.subject.startsWith("Your place is confirmed"));
    expect(texts).toHaveLength(1);
    expect(texts[0]!.body).toMatch(/Hello Robin,\n\nYour place on Worker programme at Didcot Civic Hall is confirmed/);
  });

  it("reminds the family the day before the session, once for two scans", async () => {
    await worker.queues.enqueue("reminders.scan", {});
    await worker.queues.enqueue("reminders.scan", {});
    await until(async () => (await ledger()).some((d) => d.kind === "programme_session_reminder" && d.status === "sent"));
    const reminders = (await ledger()).filter((d) => d.kind === "programme_session_reminder");
    expect(reminders).toHaveLength(1);
    expect((await sentTexts()).filter((m) => m.subject === "Reminder: Worker programme tomorrow")).toHaveLength(1);
  });
});
