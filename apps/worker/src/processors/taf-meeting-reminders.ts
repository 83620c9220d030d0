import { tafMeetingForReminder, tafMeetingsBetween } from "@hearth/db";
import { emailInContact, londonDateOf, tafMeetingReminderKey, tafMeetingReminderMessage, tafReminderWindow } from "@hearth/domain";
import { sendEmailOnce } from "./send-email-once";
import type { Processor } from "./types";

/** How many meetings one scan queues; the next scan, an hour on, takes the rest. */
const SCAN_BATCH = 500;

/**
 * Queues a reminder job for each scheduled Team Around the Family meeting in the reminder window.
 * The job id is the meeting and its date and time, so one already waiting is not added twice; the ledger
 * keys of the emails stop a second email even if one slipped through.
 */
export const scanTafMeetingRemindersProcessor: Processor<"taf.meeting-reminder-scan"> = async (_payload, deps) => {
  const meetings = await tafMeetingsBetween(deps.db, { ...tafReminderWindow(londonDateOf(deps.now())), limit: SCAN_BATCH });
  await deps.queues.enqueueBulk(
    "taf.send-meeting-reminders",
    meetings.map((m) => ({
      payload: { meetingId: m.meetingId },
      // BullMQ job ids may not contain ":", so the time is written without it.
      options: { jobId: `taf-meeting-reminder-${m.meetingId}-${m.meetingOn}-${m.startsAt.replace(":", "")}` },
    })),
  );
  return { queued: meetings.length };
};

/**
 * Reminds the lead professional and each member whose contact is an email address, once each. A
 * meeting already held, moved out of the window, or of a closed team is not reminded of.
 */
export const sendTafMeetingRemindersProcessor: Processor<"taf.send-meeting-reminders"> = async (payload, deps, attempt) => {
  const meeting = await tafMeetingForReminder(deps.db, payload.meetingId);
  if (!meeting) return { status: "unknown meeting" };
  const window = tafReminderWindow(londonDateOf(deps.now()));
  const { meetingOn, startsAt, venue } = meeting;
  if (meeting.heldOn || meeting.status !== "open" || !meetingOn || !startsAt || !venue || meetingOn < window.from || meetingOn > window.to)
    return { status: "not due" };
  // The lead first, then members in the order added; an address two of them share is emailed once.
  const recipients = new Map<string, string>();
  const candidates = [
    { who: `staff-${meeting.leadStaffId}`, address: meeting.leadEmail },
    ...meeting.members.map((m) => ({ who: `member-${m.id}`, address: emailInContact(m.contact) })),
  ];
  for (const { who, address } of candidates)
    if (address && ![...recipients.values()].includes(address.toLowerCase())) recipients.set(who, address.toLowerCase());
  const message = tafMeetingReminderMessage({ meetingOn, startsAt, venue, leadName: meeting.leadName });
  for (const [who, to] of recipients)
    await sendEmailOnce(deps, attempt, {
      key: tafMeetingReminderKey(meeting.meetingId, meetingOn, startsAt, who),
      kind: "taf_meeting_reminder",
      to,
      compose: () => Promise.resolve(message),
    });
  return { status: "done", recipients: recipients.size };
};
