import { z } from "zod";
import { isoDateSchema } from "../calendar/iso-date";
import { someChangeIn } from "../shared/changes";
import { textSchema } from "../shared/text";
import { familyRoleSchema } from "./family";
import { parentalResponsibilityBasisSchema, relationshipTypeSchema } from "./household";

/**
 * The family record (issue 10 §3): alerts shown in a banner on every page of the record, and the
 * member changes made in place from its Members page.
 */

/** What an alert warns staff about. The text says the specifics ("Interpreter: Polish"). */
export const familyAlertKinds = ["risk_to_staff", "interpreter", "do_not_share_address", "other"] as const;
export const familyAlertKindSchema = z.enum(familyAlertKinds, { error: "Choose what the alert is about" });
export type FamilyAlertKind = z.infer<typeof familyAlertKindSchema>;

export const familyAlertKindLabels: Record<FamilyAlertKind, string> = {
  risk_to_staff: "Risk to staff",
  interpreter: "Interpreter",
  do_not_share_address: "Do not share this address",
  other: "Other",
};

const familyIdSchema = z.uuid({ error: "Unknown family" });
const alertIdSchema = z.uuid({ error: "Unknown alert" });
const alertTextSchema = textSchema({ label: "alert", max: 200, min: 1, required: "Enter what staff need to know, like ‘Do not visit alone’" });

export const familyAlertAddSchema = z.object({
  familyId: familyIdSchema,
  kind: familyAlertKindSchema,
  text: alertTextSchema,
  /** When someone must look again at whether the alert still applies. */
  reviewBy: isoDateSchema,
});
export type FamilyAlertAdd = z.infer<typeof familyAlertAddSchema>;

/**
 * Reviewing an alert: it still applies until the next review date. Its words are not changed: an
 * alert that says the wrong thing is ended and a new one added, so what staff were told stays.
 */
export const familyAlertReviewSchema = z.object({
  alertId: alertIdSchema,
  reviewBy: isoDateSchema,
});
export type FamilyAlertReview = z.infer<typeof familyAlertReviewSchema>;

export const familyAlertEndSchema = z.object({
  alertId: alertIdSchema,
  reason: textSchema({ label: "reason", max: 500, min: 1, multiline: true, required: "Enter why the alert no longer applies" }),
});
export type FamilyAlertEnd = z.infer<typeof familyAlertEndSchema>;

export const familyMemberAddSchema = z.object({
  familyId: familyIdSchema,
  personId: z.uuid({ error: "Unknown person" }),
  role: familyRoleSchema,
});
export type FamilyMemberAdd = z.infer<typeof familyMemberAddSchema>;

/** Removing a member says why: the membership row goes, the reason stays on the audit trail. */
export const familyMemberRemoveSchema = z.object({
  familyId: familyIdSchema,
  personId: z.uuid({ error: "Unknown person" }),
  reason: textSchema({ label: "reason", max: 500, min: 1, multiline: true, required: "Enter why they are no longer a member of the family" }),
});
export type FamilyMemberRemove = z.infer<typeof familyMemberRemoveSchema>;

/** A member's role in the family changed in place. */
export const familyMemberChangeSchema = z
  .object({
    familyId: familyIdSchema,
    personId: z.uuid({ error: "Unknown person" }),
    role: familyRoleSchema.optional(),
  })
  .superRefine(someChangeIn("familyId", "personId"));
export type FamilyMemberChange = z.infer<typeof familyMemberChangeSchema>;

/**
 * How one member relates to another, and whether they hold parental responsibility (null clears
 * it). Both must be members of the family.
 */
export const familyRelationshipChangeSchema = z
  .object({
    familyId: familyIdSchema,
    personId: z.uuid({ error: "Unknown person" }),
    relativeId: z.uuid({ error: "Unknown person" }),
    relationship: relationshipTypeSchema,
    parentalResponsibility: parentalResponsibilityBasisSchema.nullable(),
  })
  .refine((r) => r.personId !== r.relativeId, { path: ["relativeId"], message: "A person cannot be related to themselves" });
export type FamilyRelationshipChange = z.infer<typeof familyRelationshipChangeSchema>;

export const familyRecordInputSchema = z.object({ familyId: familyIdSchema });
