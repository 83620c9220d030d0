import { familyMessageKinds, programmeMessageKinds } from "@hearth/domain";
import { z } from "zod";

/**
 * Every job Hearth runs: its queue, its name and the schema of its payload. The API enqueues
 * through these, the worker validates against them, so the two can never disagree on a shape.
 */
export const queueNames = {
  maintenance: "maintenance",
  /** Sends to families: rate limited below GOV.UK Notify's 3,000 a minute. */
  notifications: "notifications",
  /** Statutory returns: long jobs that must not hold up reminders and messages. */
  returns: "returns",
} as const;
export type QueueName = (typeof queueNames)[keyof typeof queueNames];

export const jobDefinitions = {
  "sessions.purge-expired": {
    queue: queueNames.maintenance,
    payload: z.object({}).strict(),
  },
  /** Moves messages from the booking outbox to send jobs. */
  "notifications.dispatch": {
    queue: queueNames.maintenance,
    payload: z.object({}).strict(),
  },
  /** Finds tomorrow's bookings whose reminder is due and not yet sent. */
  "reminders.scan": {
    queue: queueNames.maintenance,
    payload: z.object({}).strict(),
  },
  /** One message to one family. `about` makes the idempotency key (an outbox id, or a session start). */
  "notifications.send": {
    queue: queueNames.notifications,
    payload: z
      .object({
        kind: z.enum(familyMessageKinds),
        bookingId: z.uuid(),
        about: z.string().min(1).max(100),
      })
      .strict(),
  },
  /** One message to one family about a programme place; `about` is the outbox id or the session date. */
  "notifications.send-programme": {
    queue: queueNames.notifications,
    payload: z
      .object({
        kind: z.enum(programmeMessageKinds),
        referralId: z.uuid(),
        about: z.string().min(1).max(100),
      })
      .strict(),
  },
  /**
   * Feedback to a consultation's referrer (issue 11 §1): one email per consultation, the ledger's
   * key being the consultation. The API enqueues it once the decision is made; the scan catches up
   * any the API could not enqueue.
   */
  "consultations.send-feedback": {
    queue: queueNames.notifications,
    payload: z.object({ consultationId: z.uuid() }).strict(),
  },
  /** Finds decided consultations whose referrer has an email and has not yet been told. */
  "consultations.feedback-scan": {
    queue: queueNames.maintenance,
    payload: z.object({}).strict(),
  },
  /** Weekday mornings: finds the staff with work open and fans out one digest each. */
  "work.morning-digest": {
    queue: queueNames.maintenance,
    payload: z.object({}).strict(),
  },
  /** One member of staff's digest for one London day; the pair is the idempotency key. */
  "work.send-digest": {
    queue: queueNames.notifications,
    payload: z.object({ staffId: z.uuid(), day: z.iso.date() }).strict(),
  },
  /**
   * The one-time link that confirms an online request for advice (issue 11 §2). The worker makes
   * the link and stores only its hash, so the token is never in Redis or the database.
   */
  "adviceRequests.send-confirmation": {
    queue: queueNames.notifications,
    payload: z.object({ adviceRequestId: z.uuid() }).strict(),
  },
  /** Deletes online requests for advice whose email was never confirmed within the time kept. */
  "adviceRequests.purge-unconfirmed": {
    queue: queueNames.maintenance,
    payload: z.object({}).strict(),
  },
  /** Tells the professional that a locality worker has picked up their request; nothing about the child. */
  "adviceRequests.send-picked-up": {
    queue: queueNames.notifications,
    payload: z.object({ adviceRequestId: z.uuid() }).strict(),
  },
  /** Finds scheduled Team Around the Family meetings in the next days and queues their reminders. */
  "taf.meeting-reminder-scan": {
    queue: queueNames.maintenance,
    payload: z.object({}).strict(),
  },
  /**
   * Reminds the lead professional and each member with an email address of one scheduled meeting
   * (issue 11 §4). Each email's ledger key is the meeting, its date and time and the recipient, so
   * each person hears once, however often the job runs.
   */
  "taf.send-meeting-reminders": {
    queue: queueNames.notifications,
    payload: z.object({ meetingId: z.uuid() }).strict(),
  },
  /**
   * Builds one run of the CIN census (issue 14 §1) from the statutory episodes: the XML and its
   * validation report. The run's row holds everything else, so a retried job starts it again.
   */
  "returns.cin-census": {
    queue: queueNames.returns,
    payload: z.object({ returnId: z.uuid() }).strict(),
  },
  /** Builds one month's NCCIS return (issue 14 §2): the XML file and a CSV of the same records. */
  "returns.nccis": {
    queue: queueNames.returns,
    payload: z.object({ returnId: z.uuid() }).strict(),
  },
} as const satisfies Record<string, { queue: QueueName; payload: z.ZodType }>;

export type JobName = keyof typeof jobDefinitions;
export type JobPayload<N extends JobName> = z.infer<(typeof jobDefinitions)[N]["payload"]>;

/** Jobs that run on a timetable, kept in Redis by BullMQ's job schedulers (upsertJobScheduler). */
export const schedules: ({ id: string; job: JobName } & ({ pattern: string; tz: string } | { every: number }))[] = [
  // Nightly, when nobody is working: idle and expired sign-in sessions are removed.
  { id: "nightly-session-purge", job: "sessions.purge-expired", pattern: "15 2 * * *", tz: "Europe/London" },
  // Nightly, after the session purge: unconfirmed online requests for advice past their time.
  { id: "nightly-advice-request-purge", job: "adviceRequests.purge-unconfirmed", pattern: "30 2 * * *", tz: "Europe/London" },
  // Often, so a family's confirmation arrives within seconds even if the API's nudge was lost.
  { id: "family-message-dispatch", job: "notifications.dispatch", every: 5_000 },
  // Every ten minutes: reminders go out soon after the configured hour, and a scan missed while
  // Redis or the worker was down is made up by the next one.
  { id: "reminder-scan", job: "reminders.scan", pattern: "*/10 * * * *", tz: "Europe/London" },
  // Every ten minutes: a feedback email the API could not enqueue (Redis away) still goes the same hour.
  { id: "consultation-feedback-scan", job: "consultations.feedback-scan", pattern: "*/10 * * * *", tz: "Europe/London" },
  // Hourly: a meeting is reminded of two days ahead, and a scan missed while the worker was down is made up.
  { id: "taf-meeting-reminder-scan", job: "taf.meeting-reminder-scan", pattern: "5 * * * *", tz: "Europe/London" },
  // 07:00 London time, Monday to Friday: staff read what is due before the day starts.
  { id: "morning-digest", job: "work.morning-digest", pattern: "0 7 * * 1-5", tz: "Europe/London" },
];
