import { z } from "zod";
import { isoDateSchema } from "../calendar/iso-date";
import { postcodeSchema } from "../centres/postcode";
import { isUkMobile, normaliseUkPhone } from "../families/contact-details";
import { textSchema } from "../shared/text";

/**
 * The public booking form: only what is needed to hold a place and tell the family about it.
 * Every message is written to sit beside its field on a phone screen.
 */
export const bookingChannels = ["sms", "email"] as const;
export type BookingChannel = (typeof bookingChannels)[number];
export const MAX_CHILDREN_PER_BOOKING = 6;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

export const bookingMobileSchema = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const normalised = normaliseUkPhone(value);
    if (!normalised || !isUkMobile(normalised)) {
      ctx.addIssue({ code: "custom", message: "Enter a UK mobile number, like 07700 900123" });
      return z.NEVER;
    }
    return normalised;
  });

export const bookingEmailSchema = z
  .string()
  .trim()
  .max(254, "The email address must be 254 characters or fewer")
  .pipe(z.email({ error: "Enter an email address in the right format, like name@example.com" }));

export const bookingChildSchema = z.object({
  firstName: textSchema({ label: "child’s first name", max: 50, min: 1 }),
  dateOfBirth: isoDateSchema,
  /** Special educational needs or disabilities: youth sessions welcome them to their 25th birthday. */
  send: z.boolean().default(false),
});
export type BookingChild = z.infer<typeof bookingChildSchema>;

const sameChild = (a: BookingChild, b: BookingChild) => a.firstName.toLowerCase() === b.firstName.toLowerCase() && a.dateOfBirth === b.dateOfBirth;

export const bookingCreateSchema = z
  .object({
    sessionId: z.uuid({ error: "Choose a session" }),
    /** Made once by the form when it opens; sending the same key again returns the same booking. */
    idempotencyKey: z.uuid({ error: "Reload the page and try again" }),
    carerName: textSchema({ label: "full name", max: 100, min: 1, required: "Enter your full name" }),
    mobile: optional(bookingMobileSchema),
    email: optional(bookingEmailSchema),
    preferredChannel: z.enum(bookingChannels, { error: "Choose how we should send your booking details" }),
    postcode: postcodeSchema,
    consentToContact: z.boolean({ error: "Say whether the centre may contact you about other sessions and support" }),
    children: z
      .array(bookingChildSchema, { error: "Add at least one child" })
      .min(1, "Add at least one child")
      .max(MAX_CHILDREN_PER_BOOKING, `You can book for up to ${MAX_CHILDREN_PER_BOOKING} children at once`),
  })
  .superRefine((b, ctx) => {
    if (b.preferredChannel === "sms" && !b.mobile)
      ctx.addIssue({ code: "custom", path: ["mobile"], message: "Enter a mobile number so we can text you" });
    if (b.preferredChannel === "email" && !b.email)
      ctx.addIssue({ code: "custom", path: ["email"], message: "Enter an email address so we can email you" });
    b.children.forEach((child, i) => {
      if (b.children.some((other, j) => j < i && sameChild(child, other)))
        ctx.addIssue({ code: "custom", path: ["children", i, "firstName"], message: "You have added this child already" });
    });
  });
export type BookingCreate = z.infer<typeof bookingCreateSchema>;

/**
 * The token from a manage link. Any string is accepted here so that a malformed token gets exactly
 * the same answer as an unknown or expired one ("This link is not valid") and nothing more.
 */
export const manageTokenSchema = z.string().max(200);

export const bookingManageSchema = z.object({ token: manageTokenSchema });
export type BookingManage = z.infer<typeof bookingManageSchema>;

export const bookingAddChildSchema = z.object({ token: manageTokenSchema, child: bookingChildSchema });
export type BookingAddChild = z.infer<typeof bookingAddChildSchema>;

export const bookingRemoveChildSchema = z.object({
  token: manageTokenSchema,
  childId: z.uuid({ error: "Choose a child to remove" }),
});
export type BookingRemoveChild = z.infer<typeof bookingRemoveChildSchema>;
