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

/**
 * Issue 11 §4: before a scheduled Team Around the Family meeting, the lead professional and each
 * member with an email address are reminded, once each, of its time and venue, naming no family;
 * a meeting already held is not reminded of, and a review date alone is not a meeting; against real
 * PostgreSQL and Redis, through the worker's outbox transport.
 */
const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const prefix = `test-${randomBytes(4).toString("hex")}`;
const env = readWorkerEnv({ REDIS_URL: redisUrl, QUEUE_PREFIX: prefix, LOG_LEVEL: "silent", PUBLIC_BASE_URL: "https://hearth.example.gov.uk" });
// Tuesday 10 March 2026, 09:00 in London: Thursday's meeting is due a reminder, the one on the 20th is not.
const now = () => new Date("2026-03-10T09:00:00Z");
let t: TestDatabase;
let worker: RunningWorker;
let maintenance: QueueEvents;
let notifications: QueueEvents;
let leadEmail: string;
let meetingId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  worker = await startWorker(env, { db: t.db, log: pino({ level: "silent" }), now });
  maintenance = new QueueEvents("maintenance", { connection: createRedis(redisUrl), prefix });
  notifications = new QueueEvents("notifications", { connection: createRedis(redisUrl), prefix });
  await Promise.all([maintenance.waitUntilReady(), notifications.waitUntilReady()]);

  const [area] = await t.db.select().from(schema.areas).limit(1);
  leadEmail = `lead.${randomUUID()}@hearth.test`;
  const [lead] = await t.db
    .insert(schema.staffUsers)
    .values({ email: leadEmail, displayName: "Lee Lead", role: "lcss_worker", areaId: area!.id })
    .returning();
  const team = async (familyName: string, meetingOn: string, held = false) => {
    const [family] = await t.db.insert(schema.families).values({ name: familyName, areaId: area!.id }).returning();
    const [eha] = await t.db
      .insert(schema.earlyHelpAssessments)
      .values({ familyId: family!.id, startedOn: "2026-01-05", dueOn: "2026-02-05", status: "completed" })
      .returning();
    const [taf] = await t.db
      .insert(schema.teamsAroundFamilies)
      .values({ assessmentId: eha!.id, familyId: family!.id, startedOn: "2026-02-01", leadStaffId: lead!.id, createdBy: lead!.id })
      .returning();
    await t.db.insert(schema.tafMembers).values([
      {
        tafId: taf!.id,
        kind: "agency",
        name: "Pat Nurse",
        agency: "Health visiting",
        contact: "Pat.Nurse@nhs.example, 01632 960 000",
        addedBy: lead!.id,
      },
      { tafId: taf!.id, kind: "agency", name: "Sam Teacher", agency: "School", contact: "01632 960 111", addedBy: lead!.id },
      // The lead's own address on a member: still one email to it.
      { tafId: taf!.id, kind: "lead_professional", name: "Lee Lead", contact: leadEmail.toUpperCase(), addedBy: lead!.id },
    ]);
    // The review falls due in the window too: only a scheduled meeting is reminded of.
    await t.db.insert(schema.tafReviews).values({ tafId: taf!.id, dueOn: "2026-03-11" });
    const [meeting] = await t.db
      .insert(schema.tafMeetings)
      .values({
        tafId: taf!.id,
        scheduledOn: meetingOn,
        startsAt: "14:30",
        venue: "Banbury Children and Family Centre",
        recordedBy: lead!.id,
        ...(held ? { heldOn: "2026-03-09", summary: "Met early" } : {}),
      })
      .returning();
    return meeting!.id;
  };
  meetingId = await team("Secretname household", "2026-03-12");
  await team("Laterfamily household", "2026-03-20");
  await team("Heldearly household", "2026-03-11", true);
});
afterAll(async () => {
  await Promise.all([maintenance?.close(), notifications?.close()]);
  await worker?.close(1_000);
  const redis = createRedis(redisUrl);
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
  await t?.destroy();
});

const reminders = () =>
  t.db.select().from(schema.outboxMessages).where(eq(schema.outboxMessages.subject, "Team Around the Family meeting on Thursday 12 March"));
const ledger = () => t.db.select().from(schema.notificationDeliveries).where(eq(schema.notificationDeliveries.kind, "taf_meeting_reminder"));
async function scan(): Promise<unknown> {
  const job = await worker.queues.enqueue("taf.meeting-reminder-scan", {});
  return job.waitUntilFinished(maintenance, 15_000);
}
async function until<T>(probe: () => Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("the TAF meeting reminder", () => {
  it("is a job scheduler in Redis", async () => {
    const schedulers = await worker.queues.queue("maintenance").getJobSchedulers();
    expect(schedulers).toEqual(expect.arrayContaining([expect.objectContaining({ key: "taf-meeting-reminder-scan" })]));
  });

  it("emails the lead and each member with an email address two days ahead, naming no family", async () => {
    expect(await scan()).toEqual({ queued: 1 });
    const sent = await until(async () => {
      const rows = await reminders();
      return rows.length >= 2 && (await ledger()).every((d) => d.status === "sent") && rows;
    });
    expect(sent.map((m) => m.recipient).sort()).toEqual([leadEmail, "pat.nurse@nhs.example"].sort());
    for (const message of sent) {
      expect(message.channel).toBe("email");
      expect(message.body).toContain("Lee Lead");
      expect(message.body).toContain("Thursday 12 March at 2:30pm, at Banbury Children and Family Centre");
      expect(`${message.subject} ${message.body}`).not.toMatch(/Secretname|Laterfamily|household/);
    }
    expect((await ledger()).map((d) => d.idempotencyKey).join(" ")).not.toContain("@");
  });

  it("is sent exactly once however often the scan and the send run", async () => {
    await scan();
    const again = await worker.queues.enqueue("taf.send-meeting-reminders", { meetingId });
    expect(await again.waitUntilFinished(notifications, 15_000)).toEqual({ status: "done", recipients: 2 });
    expect(await reminders()).toHaveLength(2);
    expect(await ledger()).toHaveLength(2);
  });

  it("reminds again, once, when the meeting is moved to another time in the window", async () => {
    await t.db.update(schema.tafMeetings).set({ startsAt: "09:00" }).where(eq(schema.tafMeetings.id, meetingId));
    expect(await scan()).toEqual({ queued: 1 });
    await until(async () => (await reminders()).length >= 4 && (await ledger()).every((d) => d.status === "sent"));
    expect((await reminders()).filter((m) => m.body.includes("at 9am"))).toHaveLength(2);
  });
});
