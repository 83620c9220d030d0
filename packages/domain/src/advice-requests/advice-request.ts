import { z } from "zod";
import { textSchema } from "../shared/text";

/**
 * An advice request: a professional without an account asks LCSS online for advice about a child
 * (issue 11 §2). It is only queued once the professional has opened the one-time link sent to
 * their work email, and then it becomes a consultation awaiting a call back in its locality.
 */

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const adviceRequestChildKinds = ["named", "no_names"] as const;
export type AdviceRequestChildKind = (typeof adviceRequestChildKinds)[number];

/** How long the confirmation link works; long enough to find the email, short enough to be no standing key. */
export const ADVICE_LINK_MINUTES = 24 * 60;
/**
 * How long a request whose email was never confirmed is kept before it is deleted: well past the
 * link's day, so a professional who finds the email late can still be helped to send it again,
 * but not long enough to make the table a store of unasked-for details about children.
 */
export const ADVICE_UNCONFIRMED_KEPT_DAYS = 7;
export const ADVICE_LINK_INVALID = "This link has expired or has already been used. Send your request again.";

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const adviceRequestWhoSchema = z.object({
  name: textSchema({ label: "your name", max: 200, min: 1, required: "Enter your name" }),
  role: textSchema({ label: "your role", max: 200, min: 1, required: "Enter your role, for example designated safeguarding lead" }),
});

export const adviceRequestOrganisationSchema = z.object({
  organisation: textSchema({ label: "organisation", max: 200, min: 1, required: "Enter the name of your organisation" }),
});

export const adviceRequestEmailSchema = z.object({
  email: z
    .string({ error: "Enter your work email address" })
    .trim()
    .min(1, "Enter your work email address")
    .max(254, "Your email address must be 254 characters or fewer")
    .pipe(z.email({ error: "Enter an email address in the correct format, like name@school.sch.uk" }))
    .transform((e) => e.toLowerCase()),
});

const childFields = z.object({
  childKind: z.enum(adviceRequestChildKinds, { error: "Say whether the family has agreed to you naming the child" }),
  childName: z.preprocess(blankToUndefined, textSchema({ label: "child’s name", max: 200 }).optional()),
  consentGiven: z.boolean().optional(),
  childAge: z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v)) : v),
    z
      .number({ error: "Enter the child’s age in years, like 7" })
      .int("Enter the child’s age in whole years, like 7")
      .min(0, "The child’s age must be between 0 and 18")
      .max(18, "The child’s age must be between 0 and 18"),
  ),
  childSetting: z.preprocess(blankToUndefined, textSchema({ label: "school or setting", max: 200 }).optional()),
  localityId: z.uuid({ error: "Choose the locality where the child lives" }),
});

/** A named child needs a name and the family's agreement; a no-names request carries neither. */
function childRule(c: z.infer<typeof childFields>, ctx: z.RefinementCtx) {
  if (c.childKind !== "named") return;
  if (!c.childName) ctx.addIssue({ code: "custom", path: ["childName"], message: "Enter the child’s name" });
  if (c.consentGiven !== true)
    ctx.addIssue({ code: "custom", path: ["consentGiven"], message: "Confirm that the family has agreed to you naming the child" });
}

export const adviceRequestChildSchema = childFields.superRefine(childRule);

export const adviceRequestConcernSchema = z.object({
  concern: textSchema({ label: "concern", max: 4000, min: 1, multiline: true, required: "Describe your concern about the child" }),
  tried: textSchema({
    label: "what has been tried",
    max: 4000,
    min: 1,
    multiline: true,
    required: "Say what has been tried so far, or write ‘nothing yet’",
  }),
});

/** The whole request as the check-answers page sends it. A child at immediate risk never gets this far. */
export const adviceRequestSubmitSchema = z
  .object({
    immediateRisk: z.literal(false, { error: "A child at immediate risk must be referred to the MASH by phone, not online" }),
    ...adviceRequestWhoSchema.shape,
    ...adviceRequestOrganisationSchema.shape,
    ...adviceRequestEmailSchema.shape,
    ...childFields.shape,
    ...adviceRequestConcernSchema.shape,
  })
  .superRefine(childRule);
export type AdviceRequestSubmit = z.infer<typeof adviceRequestSubmitSchema>;

export const adviceRequestConfirmSchema = z.object({
  token: z.string({ error: ADVICE_LINK_INVALID }).regex(TOKEN, ADVICE_LINK_INVALID),
});
export type AdviceRequestConfirm = z.infer<typeof adviceRequestConfirmSchema>;

export const adviceRequestClaimSchema = z.object({ consultationId: z.uuid({ error: "Choose a consultation" }) });
export type AdviceRequestClaim = z.infer<typeof adviceRequestClaimSchema>;

/** The answer to a submission: the same whatever the address, so it says nothing about who is known. */
export const adviceRequestSubmittedSchema = z.object({ emailSent: z.literal(true) });
export const adviceRequestConfirmedSchema = z.object({ reference: z.string() });
export const adviceRequestClaimedSchema = z.object({ consultationId: z.string(), reference: z.string() });
export const adviceRequestReferenceSchema = z.object({
  mash: z.object({ name: z.string(), phone: z.string() }),
  allowedEmailDomains: z.array(z.string()),
  localities: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type AdviceRequestReference = z.infer<typeof adviceRequestReferenceSchema>;

/** The part after the @, lower case. */
export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1).toLowerCase();
}

/** A work address: its domain is one allowed, or a subdomain of one (head@school.sch.uk under sch.uk). */
export function isAllowedWorkEmail(email: string, allowedDomains: readonly string[]): boolean {
  const domain = emailDomain(email);
  return allowedDomains.some((allowed) => {
    const a = allowed.toLowerCase().replace(/^\.+/, "");
    return domain === a || domain.endsWith(`.${a}`);
  });
}

export function notAllowedEmailMessage(allowedDomains: readonly string[]): string {
  return `Use your work email address. We accept addresses ending in ${allowedDomains.join(", ")}`;
}

export function isWellFormedAdviceToken(token: string): boolean {
  return TOKEN.test(token);
}

export function adviceLinkExpiresAt(issuedAt: Date, minutes = ADVICE_LINK_MINUTES): Date {
  return new Date(issuedAt.getTime() + minutes * 60_000);
}

/** Where the confirmation link points: the token only, in the fragment so it is not sent in request logs. */
export const ADVICE_CONFIRM_PATH = "/lcss/ask-for-advice/confirm";
export function adviceConfirmUrl(publicBaseUrl: string, token: string): string {
  return `${new URL(ADVICE_CONFIRM_PATH, publicBaseUrl).href}#${token}`;
}

/**
 * The emails. They leave the council's systems, so they never say anything about the child or
 * the concern: only that a request was made and what to do next.
 */
export function adviceConfirmMessage(link: string, validHours: number): { subject: string; body: string } {
  return {
    subject: "Confirm your request for advice from LCSS",
    body: [
      "You asked the Locality and Community Support Service (LCSS) for advice about a child.",
      "To send your request, confirm your email address by opening this link:",
      link,
      `The link works once and for ${validHours} hours. If you did not ask for advice, ignore this email: nothing will be sent.`,
    ].join("\n\n"),
  };
}

export function advicePickedUpMessage(reference: string): { subject: string; body: string } {
  return {
    subject: `Your request for advice ${reference} has been picked up`,
    body: [
      `A locality worker has picked up your request for advice, reference ${reference}.`,
      "They will call you back to talk it through. Quote the reference if you contact LCSS about it.",
    ].join("\n\n"),
  };
}

export const adviceConfirmKey = (adviceRequestId: string) => `advice-confirm:${adviceRequestId}`;
export const advicePickedUpKey = (adviceRequestId: string) => `advice-picked-up:${adviceRequestId}`;
