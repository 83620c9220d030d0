import { z } from "zod";
import type { RenderedMessage } from "./family-messages";

/**
 * Messages to a family about a group programme place, sent through the same outbox, ledger and
 * transports as booking messages. Like those, nothing here says why the family is known to
 * services: a text shows on a lock screen, so only the programme's name, where and when.
 */
export const programmeMessageKinds = ["programme_place_offered", "programme_enrolled", "programme_session_reminder"] as const;
export const programmeMessageKindSchema = z.enum(programmeMessageKinds);
export type ProgrammeMessageKind = z.infer<typeof programmeMessageKindSchema>;

export const programmeMessagePersonalisationSchema = z.object({
  carerFirstName: z.string().min(1),
  programmeName: z.string().min(1),
  venue: z.string().min(1),
  /** The first session (offer, confirmation) or tomorrow's (reminder), in UK words. */
  when: z.string().min(1),
  /** Whom to ring, so a family who cannot come can say so. */
  contact: z.string().min(1),
});
export type ProgrammeMessagePersonalisation = z.infer<typeof programmeMessagePersonalisationSchema>;

const wording: Record<ProgrammeMessageKind, (p: ProgrammeMessagePersonalisation) => { subject: string; lines: string[] }> = {
  programme_place_offered: (p) => ({
    subject: `A place for you: ${p.programmeName}`,
    lines: [`There is a place for you on ${p.programmeName} at ${p.venue}, starting ${p.when}.`, `To take it or say no, contact ${p.contact}.`],
  }),
  programme_enrolled: (p) => ({
    subject: `Your place is confirmed: ${p.programmeName}`,
    lines: [
      `Your place on ${p.programmeName} at ${p.venue} is confirmed. The first session is ${p.when}.`,
      `If you cannot come, contact ${p.contact}.`,
    ],
  }),
  programme_session_reminder: (p) => ({
    subject: `Reminder: ${p.programmeName} tomorrow`,
    lines: [`See you tomorrow at ${p.programmeName}, ${p.venue}, ${p.when}.`, `If you cannot come, please let ${p.contact} know.`],
  }),
};

export function renderProgrammeMessage(kind: ProgrammeMessageKind, personalisation: ProgrammeMessagePersonalisation): RenderedMessage {
  const p = programmeMessagePersonalisationSchema.parse(personalisation);
  const { subject, lines } = wording[kind](p);
  return { subject, body: [`Hello ${p.carerFirstName},`, ...lines].join("\n\n") };
}

/** The ledger's key for one programme message: one offer, one confirmation, one reminder per session date. */
export function programmeMessageKey(kind: ProgrammeMessageKind, referralId: string, about: string): string {
  return `programme:${kind}:${referralId}:${about}`;
}
