import { addDays, type IsoDate } from "../calendar/iso-date";
import { formatClockTime, formatLongDate } from "../calendar/uk-dates";

/**
 * The reminder of a scheduled Team Around the Family meeting (issue 11 §4), to the lead
 * professional and each member with an email address. It goes once per person per meeting date
 * and time: moving the meeting makes a new reminder, a retried job does not.
 */
export const TAF_REMINDER_DAYS_BEFORE = 2;

/** The meetings to remind about today: those from tomorrow up to the reminder period ahead. */
export function tafReminderWindow(today: IsoDate): { from: IsoDate; to: IsoDate } {
  return { from: addDays(today, 1), to: addDays(today, TAF_REMINDER_DAYS_BEFORE) };
}

/** The ledger's key: the meeting, its date and time and who (a member of staff or a team member), never an address. */
export function tafMeetingReminderKey(meetingId: string, meetingOn: IsoDate, startsAt: string, recipient: string): string {
  return `taf-meeting-reminder:${meetingId}:${meetingOn}T${startsAt}:${recipient}`;
}

/** A member's contact is free text; only a plain email address there is emailed. */
export function emailInContact(contact: string | null): string | null {
  const found = contact?.match(/[^\s@<>(),;]+@[^\s@<>(),;]+\.[^\s@<>(),;]+/);
  return found ? found[0] : null;
}

/**
 * Email leaves the council's systems, so it names no family and nothing about the children. The
 * venue is there because members must find the meeting; the form asks for no home address.
 */
export function tafMeetingReminderMessage(params: { meetingOn: IsoDate; startsAt: string; venue: string; leadName: string }): {
  subject: string;
  body: string;
} {
  const when = formatLongDate(params.meetingOn);
  return {
    subject: `Team Around the Family meeting on ${when}`,
    body: [
      "Hello,",
      "",
      `This is a reminder that a Team Around the Family meeting you are part of is on ${when} at ${formatClockTime(params.startsAt)}, at ${params.venue}.`,
      "",
      `If you cannot come, send your apologies and any update to the lead professional, ${params.leadName}.`,
    ].join("\n"),
  };
}
