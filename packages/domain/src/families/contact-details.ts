import { z } from "zod";
import { isoDateSchema } from "../calendar/iso-date";
import { postcodeSchema } from "../centres/postcode";
import { textSchema } from "../shared/text";

/** "07700 900123", "+44 7700 900123" → "07700900123"; null when not a UK number. */
export function normaliseUkPhone(input: string): string | null {
  let digits = input.replace(/[\s()-]/g, "");
  if (digits.startsWith("+44")) digits = `0${digits.slice(3).replace(/^0/, "")}`;
  else if (digits.startsWith("0044")) digits = `0${digits.slice(4).replace(/^0/, "")}`;
  return /^0[1-9]\d{8,9}$/.test(digits) ? digits : null;
}

/** Mobiles are 07 numbers, except 070 (personal numbering) and 076 (pagers) which cannot take texts. */
export function isUkMobile(phone: string): boolean {
  const n = normaliseUkPhone(phone);
  return n !== null && /^07[1-57-9]\d{8}$/.test(n);
}

const phoneSchema = z
  .string()
  .trim()
  .transform((v, ctx) => {
    const n = normaliseUkPhone(v);
    if (!n) {
      ctx.addIssue({
        code: "custom",
        message: "Enter a UK phone number, like 01865 123456 or 07700 900123",
      });
      return z.NEVER;
    }
    return n;
  });

export const contactChannels = ["sms", "phone", "email", "letter"] as const;
export const contactChannelSchema = z.enum(contactChannels, {
  error: "Choose how they prefer to be contacted",
});
export type ContactChannel = z.infer<typeof contactChannelSchema>;

export const contactDetailsSchema = z
  .object({
    mobilePhone: phoneSchema.refine(isUkMobile, "Enter a mobile number that can receive texts, like 07700 900123").optional(),
    otherPhone: phoneSchema.optional(),
    email: z.email({ error: "Enter an email address, like name@example.com" }).optional(),
    address: z
      .object({
        line1: textSchema({ label: "first line of the address", max: 120, min: 1 }),
        line2: textSchema({ label: "second line of the address", max: 120 }).optional(),
        town: textSchema({ label: "town", max: 80, min: 1 }),
        postcode: postcodeSchema,
      })
      .optional(),
    preferredChannel: contactChannelSchema,
    consentToContact: z.boolean({ error: "Say whether they agree to be contacted" }),
    consentRecordedOn: isoDateSchema.optional(),
    /** Where a message could be overheard or read by someone who is a risk, staff must not leave one. */
    safeToLeaveMessage: z.boolean().default(false),
  })
  .superRefine((c, ctx) => {
    const missing = channelProblem(c, c.preferredChannel);
    if (missing) ctx.addIssue({ code: "custom", path: ["preferredChannel"], message: missing });
    if (c.consentToContact && !c.consentRecordedOn) {
      ctx.addIssue({
        code: "custom",
        path: ["consentRecordedOn"],
        message: "Enter the date they agreed to be contacted",
      });
    }
  });
export type ContactDetails = z.infer<typeof contactDetailsSchema>;

type Reachable = Pick<ContactDetails, "mobilePhone" | "otherPhone" | "email" | "address" | "consentToContact">;

function channelProblem(c: Omit<Reachable, "consentToContact">, channel: ContactChannel): string | null {
  switch (channel) {
    case "sms":
      return c.mobilePhone ? null : "Add a mobile number to send texts";
    case "phone":
      return c.mobilePhone || c.otherPhone ? null : "Add a phone number to call";
    case "email":
      return c.email ? null : "Add an email address to send emails";
    case "letter":
      return c.address ? null : "Add an address to send letters";
  }
}

/** Why a family cannot be contacted this way, or null when they can. */
export function contactProblem(c: Reachable, channel: ContactChannel): string | null {
  if (!c.consentToContact) return "They have not agreed to be contacted";
  return channelProblem(c, channel);
}

/** The preferred channel when usable, else the first that is, else null (never a silent drop). */
export function contactRoute(c: Reachable & { preferredChannel: ContactChannel }): ContactChannel | null {
  if (!contactProblem(c, c.preferredChannel)) return c.preferredChannel;
  return contactChannels.find((ch) => !contactProblem(c, ch)) ?? null;
}
