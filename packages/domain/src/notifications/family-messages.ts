import { z } from "zod";
import { formatLondonTime } from "../calendar/uk-dates";

/**
 * Every message Hearth sends a family, in one place: wording, personalisation and the channel
 * rules. Notify holds two generic templates (an SMS "((body))" and an email "((subject))" /
 * "((body))"), so the words are reviewed here, in code, and are the same whichever transport sends
 * them. Texts show on lock screens: nothing here says why a family is known to services.
 */
export const familyMessageKinds = [
  "booking_confirmed",
  "booking_waitlisted",
  "waitlist_place_offered",
  "booking_cancelled",
  "session_cancelled",
  "session_changed",
  "session_reminder",
] as const;
export const familyMessageKindSchema = z.enum(familyMessageKinds);
export type FamilyMessageKind = z.infer<typeof familyMessageKindSchema>;

export const familyMessagePersonalisationSchema = z.object({
  carerFirstName: z.string().min(1),
  sessionTitle: z.string().min(1),
  centreName: z.string().min(1),
  /** Already in UK words, e.g. "Tuesday 24 November 2026, 10am to 11:30am". */
  when: z.string().min(1),
  reference: z.string().min(1),
  manageLink: z.url(),
  /** Why staff cancelled the session: the staff form promises "Families will see this". */
  cancellationReason: z.string().trim().min(1).optional(),
});
export type FamilyMessagePersonalisation = z.infer<typeof familyMessagePersonalisationSchema>;

export interface RenderedMessage {
  subject: string;
  body: string;
}

type Wording = (p: FamilyMessagePersonalisation) => { subject: string; lines: string[] };

const wording: Record<FamilyMessageKind, Wording> = {
  booking_confirmed: (p) => ({
    subject: `Booking confirmed: ${p.sessionTitle}`,
    lines: [`Your place at ${p.sessionTitle}, ${p.centreName}, on ${p.when} is booked.`, `To view or cancel: ${p.manageLink}`],
  }),
  booking_waitlisted: (p) => ({
    subject: `Waiting list: ${p.sessionTitle}`,
    lines: [
      `${p.sessionTitle} at ${p.centreName} on ${p.when} is full. You are on the waiting list and we will tell you if a place comes up.`,
      `To leave the waiting list: ${p.manageLink}`,
    ],
  }),
  waitlist_place_offered: (p) => ({
    subject: `A place is yours: ${p.sessionTitle}`,
    lines: [
      `A place came up at ${p.sessionTitle}, ${p.centreName}, on ${p.when}. It is now booked for you.`,
      `If you cannot come, cancel here: ${p.manageLink}`,
    ],
  }),
  booking_cancelled: (p) => ({
    subject: `Booking cancelled: ${p.sessionTitle}`,
    lines: [
      `Your booking for ${p.sessionTitle} at ${p.centreName} on ${p.when} is cancelled.`,
      `Find another session: ${new URL("/centres/", p.manageLink).href}`,
    ],
  }),
  session_cancelled: (p) => ({
    subject: `Session cancelled: ${p.sessionTitle}`,
    lines: [
      `Sorry, ${p.sessionTitle} at ${p.centreName} on ${p.when} is cancelled.`,
      ...(p.cancellationReason ? [`Reason: ${p.cancellationReason}`] : []),
      `Find another session: ${new URL("/centres/", p.manageLink).href}`,
    ],
  }),
  session_changed: (p) => ({
    subject: `Session changed: ${p.sessionTitle}`,
    lines: [`${p.sessionTitle} at ${p.centreName} has changed. It is now on ${p.when}.`, `To view or cancel your booking: ${p.manageLink}`],
  }),
  session_reminder: (p) => ({
    subject: `Reminder: ${p.sessionTitle} tomorrow`,
    lines: [
      `See you tomorrow at ${p.sessionTitle}, ${p.centreName}, ${p.when}.`,
      `If you cannot come, please cancel so someone else can have the place: ${p.manageLink}`,
    ],
  }),
};

export function renderFamilyMessage(kind: FamilyMessageKind, personalisation: FamilyMessagePersonalisation): RenderedMessage {
  const p = familyMessagePersonalisationSchema.parse(personalisation);
  const { subject, lines } = wording[kind](p);
  return { subject, body: [`Hello ${p.carerFirstName},`, ...lines, `Reference: ${p.reference}`].join("\n\n") };
}

/**
 * The idempotency key of one message: what it is about and, for reminders, which occurrence. The
 * delivery ledger holds it under a unique constraint, so no job, retry or second scan sends twice.
 */
export function familyMessageKey(kind: FamilyMessageKind, bookingId: string, about: string): string {
  return `${kind}:${bookingId}:${about}`;
}

/** The parts of a key made by `familyMessageKey`; `about` may itself hold colons (a timestamp). */
export function parseFamilyMessageKey(key: string): { kind: FamilyMessageKind; bookingId: string; about: string } | null {
  const [kind, bookingId, ...rest] = key.split(":");
  const parsed = familyMessageKindSchema.safeParse(kind);
  if (!parsed.success || !bookingId || !rest.length) return null;
  return { kind: parsed.data, bookingId, about: rest.join(":") };
}

/** "Tuesday 24 November 2026, 10am to 11:30am", in Europe/London whatever the server's zone. */
export function describeSessionTime(startsAt: Date, endsAt: Date): string {
  return `${londonDay(startsAt)}, ${formatLondonTime(startsAt)} to ${formatLondonTime(endsAt)}`;
}

const londonParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
});

function part(date: Date, type: Intl.DateTimeFormatPartTypes): string {
  return londonParts.formatToParts(date).find((p) => p.type === type)?.value ?? "";
}

function londonDay(date: Date): string {
  return `${part(date, "weekday")} ${part(date, "day")} ${part(date, "month")} ${part(date, "year")}`;
}
