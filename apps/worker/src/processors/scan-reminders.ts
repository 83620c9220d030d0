import { bookingsDueReminder, referralsDueReminder } from "@hearth/db";
import { addDays, londonDateOf } from "@hearth/domain";
import type { Processor } from "./types";

/** The instant a London calendar day starts (midnight, GMT or BST as it falls). */
export function londonMidnight(isoDate: string): Date {
  const guess = new Date(`${isoDate}T00:00:00Z`);
  const londonHour = Number(new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", hour: "numeric", hourCycle: "h23" }).format(guess));
  // At 00:00 UTC London reads 00:00 (GMT) or 01:00 (BST): step back by that much.
  return new Date(guess.getTime() - londonHour * 3_600_000);
}

function londonHour(now: Date): number {
  return Number(new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", hour: "numeric", hourCycle: "h23" }).format(now));
}

/**
 * From the configured hour, finds bookings for tomorrow's sessions (in London) not yet reminded, and
 * families enrolled on programme runs meeting tomorrow, and fans out one send job each with addBulk. Two scans at once, or a scan after a crash, only make
 * duplicate jobs, which the ledger turns into no-ops.
 */
export const scanRemindersProcessor: Processor<"reminders.scan"> = async (_payload, deps) => {
  const now = deps.now();
  if (londonHour(now) < deps.settings.reminderHour) return { queued: 0, reason: "before reminder hour" };
  const tomorrow = addDays(londonDateOf(now), 1);
  const from = londonMidnight(tomorrow);
  const to = londonMidnight(addDays(tomorrow, 1));
  // Bounded so one scan cannot flood Redis; what is left is picked up by the next scan.
  const due = await bookingsDueReminder(deps.db, { from, to, limit: 20_000 });
  await deps.queues.enqueueBulk(
    "notifications.send",
    due.map((d) => ({
      payload: { kind: "session_reminder" as const, bookingId: d.bookingId, about: d.startsAt.toISOString() },
      options: { jobId: `reminder-${d.bookingId}-${d.startsAt.getTime()}` },
    })),
  );
  // Families on a programme run are reminded the day before each session, once per session date.
  const places = await referralsDueReminder(deps.db, { date: tomorrow, limit: 20_000 });
  await deps.queues.enqueueBulk(
    "notifications.send-programme",
    places.map((p) => ({
      payload: { kind: "programme_session_reminder" as const, referralId: p.referralId, about: tomorrow },
      options: { jobId: `programme-reminder-${p.referralId}-${tomorrow}` },
    })),
  );
  return { queued: due.length + places.length };
};
