import { z } from "zod";
import { londonDateOf, type IsoDate } from "../calendar/iso-date";
import { addWorkingDays, type HolidaySet } from "../calendar/working-days";
import { englandAndWalesBankHolidayDates } from "../calendar/bank-holidays";
import { textSchema } from "../shared/text";
import type { ConsultationOutcome } from "./consultation";

/**
 * Feedback to the referrer (issue 11 §1): the professional who rang is told that a decision was
 * made, the reference to quote and what happens next. Ofsted's long-standing criticism is that
 * referrers never hear back, so a decision without feedback becomes overdue work for the worker.
 */
export const REFERRER_FEEDBACK_WORKING_DAYS = 2;

export const referrerFeedbackMethods = ["email", "phone"] as const;
export type ReferrerFeedbackMethod = (typeof referrerFeedbackMethods)[number];
export const referrerFeedbackMethodLabels: Record<ReferrerFeedbackMethod, string> = {
  email: "Email",
  phone: "Phone call",
};

/**
 * The London day the decision counts as made: the day it was decided when nobody has to confirm
 * it, otherwise the day a senior practitioner confirmed it. Null while it waits for that.
 */
export function decisionFinalOn(decision: { decidedOn: IsoDate; seniorConfirmationRequired: boolean; confirmedAt: Date | null }): IsoDate | null {
  if (!decision.seniorConfirmationRequired) return decision.decidedOn;
  return decision.confirmedAt ? londonDateOf(decision.confirmedAt) : null;
}

/** Feedback is due 2 working days after the day the decision was made (bank holidays skipped). */
export function referrerFeedbackDueOn(decidedOn: IsoDate, holidays: HolidaySet = englandAndWalesBankHolidayDates): IsoDate {
  return addWorkingDays(decidedOn, REFERRER_FEEDBACK_WORKING_DAYS, holidays);
}

/** What happens next, in words a school or GP can act on; never the level or the indicators. */
const nextSteps: Record<ConsultationOutcome, string> = {
  advice_only: "The advice you were given on the call stands. LCSS will take no further action unless you contact us again.",
  signpost: "You were given the details of a service or programme that can help. Please support the family to contact it.",
  start_eha:
    "An Early Help Assessment is the next step. Your locality team will be in touch to help start it with the family, if that has not already happened.",
  request_for_service: "LCSS is asking the Family Support Service to work with the family. You may be contacted for more information.",
  social_care_now: "The concern has been passed to children's social care. Please follow their instructions and your own safeguarding procedures.",
};

/**
 * The referrer's email. Email leaves the council's systems, so it carries the reference and the
 * next step only: no child's or family's name, no concern, no indicators, no level.
 */
export function referrerFeedbackMessage(params: { reference: string; outcome: ConsultationOutcome; callerName: string | null }): {
  subject: string;
  body: string;
} {
  return {
    subject: `Your consultation ${params.reference}: a decision has been made`,
    body: [
      params.callerName ? `Dear ${params.callerName},` : "Hello,",
      "",
      `Thank you for contacting the Locality and Community Support Service. A decision has been made on your consultation, reference ${params.reference}.`,
      "",
      `What happens next: ${nextSteps[params.outcome]}`,
      "",
      `If you have any questions, call your locality team and quote ${params.reference}.`,
      "",
      "If you think a child is at immediate risk of significant harm, contact children's social care or the police straight away.",
    ].join("\n"),
  };
}

/** The ledger's key: one feedback email per consultation however often the job runs. Ids only. */
export function referrerFeedbackKey(consultationId: string): string {
  return `consultation-feedback:${consultationId}`;
}

/** Feedback given another way (a phone call when there is no email address). */
export const consultationRecordFeedbackSchema = z.object({
  consultationId: z.uuid({ error: "Unknown consultation" }),
  method: z.enum(["phone"], { error: "Choose how the feedback was given" }),
  note: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    textSchema({ label: "note", max: 1000, multiline: true }).optional(),
  ),
});
export type ConsultationRecordFeedback = z.infer<typeof consultationRecordFeedbackSchema>;
