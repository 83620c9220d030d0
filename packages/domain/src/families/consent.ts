import { formatDate } from "../calendar/uk-dates";
import { z } from "zod";
import { isoDateSchema, type IsoDate } from "../calendar/iso-date";
import { decide, type Decision } from "../shared/result";
import { textSchema } from "../shared/text";

/**
 * Consent records: who agreed to what, when, and whether they have taken it back. Records are
 * never edited or deleted: withdrawal adds a date, so the history of what was allowed when stays.
 */
export const consentPurposes = ["early_help_assessment", "share_information", "team_around_the_family", "contact_by_service", "photographs"] as const;
export const consentPurposeSchema = z.enum(consentPurposes, {
  error: "Choose what they are consenting to",
});
export type ConsentPurpose = z.infer<typeof consentPurposeSchema>;

export const consentPurposeLabels: Record<ConsentPurpose, string> = {
  early_help_assessment: "An Early Help Assessment",
  share_information: "Sharing information with other agencies",
  team_around_the_family: "A Team Around the Family",
  contact_by_service: "Being contacted by the service",
  photographs: "Photographs at sessions",
};

export const consentGivenByKinds = ["the_person", "parent_with_parental_responsibility", "other_with_parental_responsibility"] as const;

export const consentRecordCreateSchema = z.object({
  /** Whose information or support this consent is about. */
  personId: z.uuid({ error: "Unknown person" }),
  givenByPersonId: z.uuid({ error: "Unknown person" }),
  givenBy: z.enum(consentGivenByKinds, { error: "Say who gave consent" }),
  purpose: consentPurposeSchema,
  givenOn: isoDateSchema,
  method: z.enum(["written", "verbal", "online"], { error: "Say how consent was given" }),
  notes: textSchema({ label: "notes", max: 2000, multiline: true }).optional(),
});
export type ConsentRecordCreate = z.infer<typeof consentRecordCreateSchema>;

export const consentWithdrawSchema = z.object({
  withdrawnOn: isoDateSchema,
  reason: textSchema({ label: "reason", max: 2000, min: 1, required: "Say why consent was withdrawn", multiline: true }),
});
export type ConsentWithdraw = z.infer<typeof consentWithdrawSchema>;

export interface ConsentRecord extends ConsentRecordCreate {
  withdrawnOn?: IsoDate | null;
  withdrawalReason?: string | null;
}

export function withdrawConsent(record: ConsentRecord, withdrawal: ConsentWithdraw): Decision<ConsentRecord> {
  const reasons: string[] = [];
  if (record.withdrawnOn) reasons.push(`Consent was already withdrawn on ${formatDate(record.withdrawnOn)}`);
  if (withdrawal.withdrawnOn < record.givenOn) reasons.push("Consent cannot be withdrawn before the date it was given");
  return decide(reasons, () => ({
    ...record,
    withdrawnOn: withdrawal.withdrawnOn,
    withdrawalReason: withdrawal.reason,
  }));
}

/** Consent counts from the day it is given until the day before it is withdrawn. */
export function isConsentInForce(record: ConsentRecord, on: IsoDate): boolean {
  return record.givenOn <= on && (!record.withdrawnOn || on < record.withdrawnOn);
}

/** The record that lets this happen on this date, or null when nobody has consented. */
export function consentInForce(
  records: readonly ConsentRecord[],
  query: { personId: string; purpose: ConsentPurpose; on: IsoDate },
): ConsentRecord | null {
  return records.find((r) => r.personId === query.personId && r.purpose === query.purpose && isConsentInForce(r, query.on)) ?? null;
}
