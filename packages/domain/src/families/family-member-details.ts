import { z } from "zod";
import { consentRecordCreateSchema, consentWithdrawSchema } from "./consent";
import { contactDetailsSchema } from "./contact-details";

/**
 * What a family record's Members page changes in place besides roles and relationships: a
 * member's contact details, consent given and consent withdrawn, and the family's key worker.
 * Each names the family, so the change is checked against the family the worker has open.
 */
const familyIdSchema = z.uuid({ error: "Unknown family" });
const personIdSchema = z.uuid({ error: "Unknown person" });

/** A member's contact details replaced as a whole (the form shows every field, filled in). */
export const familyMemberContactChangeSchema = z.object({
  familyId: familyIdSchema,
  personId: personIdSchema,
  contact: contactDetailsSchema,
});
export type FamilyMemberContactChange = z.infer<typeof familyMemberContactChangeSchema>;

/** Consent recorded for a member, given by them or by a member with parental responsibility. */
export const familyConsentGiveSchema = consentRecordCreateSchema.extend({ familyId: familyIdSchema });
export type FamilyConsentGive = z.infer<typeof familyConsentGiveSchema>;

/** Consent taken back: the record stays, with the date and why. */
export const familyConsentWithdrawSchema = consentWithdrawSchema.extend({
  familyId: familyIdSchema,
  consentId: z.uuid({ error: "Unknown consent record" }),
});
export type FamilyConsentWithdraw = z.infer<typeof familyConsentWithdrawSchema>;

/** The practitioner the family knows as theirs; null takes the allocation away. */
export const familyKeyWorkerSetSchema = z.object({
  familyId: familyIdSchema,
  staffId: z.uuid({ error: "Choose a key worker from the list" }).nullable(),
});
export type FamilyKeyWorkerSet = z.infer<typeof familyKeyWorkerSetSchema>;
