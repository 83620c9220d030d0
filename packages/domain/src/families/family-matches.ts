import { z } from "zod";

/**
 * A booking whose carer's mobile or email is already on an earlier booking of another family is
 * never linked to that family on that alone: anyone who knows a parent's mobile could otherwise
 * join, and learn about, the family. It makes a family of its own, and the match waits here for
 * centre staff, who meet the family, to confirm (merge the two families) or reject.
 */
export const familyMatchReasons = ["same_mobile", "same_email"] as const;
export type FamilyMatchReason = (typeof familyMatchReasons)[number];

export const familyMatchStatuses = ["open", "confirmed", "rejected"] as const;
export type FamilyMatchStatus = (typeof familyMatchStatuses)[number];

/** In words for staff. */
export const familyMatchReasonText: Record<FamilyMatchReason, string> = {
  same_mobile: "Same mobile number",
  same_email: "Same email address",
};

export const familyMatchDecisionSchema = z.object({
  matchId: z.uuid({ error: "Choose a family to check" }),
});
export type FamilyMatchDecision = z.infer<typeof familyMatchDecisionSchema>;
