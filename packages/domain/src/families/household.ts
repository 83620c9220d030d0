import { z } from "zod";
import { familyRoleSchema } from "./family";

/**
 * Who lives with whom and who holds parental responsibility (PR). PR is a legal status, not a
 * relationship: a step-parent usually lacks it, a special guardian or the council under a care
 * order has it, so it is recorded separately with the basis it rests on.
 */
export const relationshipTypes = [
  "parent",
  "step_parent",
  "grandparent",
  "sibling",
  "half_sibling",
  "step_sibling",
  "aunt_or_uncle",
  "partner",
  "foster_carer",
  "kinship_carer",
  "special_guardian",
  "other_relative",
  "other",
] as const;
export const relationshipTypeSchema = z.enum(relationshipTypes, {
  error: "Choose how these two people are related",
});

export const parentalResponsibilityBases = [
  "birth_mother",
  "married_or_civil_partner_at_birth",
  "registered_on_birth_certificate",
  "parental_responsibility_agreement",
  "parental_responsibility_order",
  "child_arrangements_order",
  "special_guardianship_order",
  "adoption_order",
  "care_order",
] as const;
export const parentalResponsibilityBasisSchema = z.enum(parentalResponsibilityBases, {
  error: "Choose what parental responsibility rests on",
});

export const householdMemberSchema = z.object({
  personId: z.uuid({ error: "Unknown person" }),
  role: familyRoleSchema,
  livesInHousehold: z.boolean().default(true),
});

export const householdRelationshipSchema = z.object({
  /** The adult (or older sibling) … */
  personId: z.uuid({ error: "Unknown person" }),
  /** … is the `relationship` of this person. */
  relativeId: z.uuid({ error: "Unknown person" }),
  relationship: relationshipTypeSchema,
  parentalResponsibility: parentalResponsibilityBasisSchema.optional(),
});
export type HouseholdRelationship = z.infer<typeof householdRelationshipSchema>;

export const householdUpdateSchema = z
  .object({
    familyId: z.uuid({ error: "Unknown family" }),
    members: z.array(householdMemberSchema).min(1, "Add at least one person").max(20, "A family can have at most 20 members"),
    relationships: z.array(householdRelationshipSchema).max(200).default([]),
  })
  .superRefine((h, ctx) => {
    const roles = new Map(h.members.map((m) => [m.personId, m.role]));
    if (roles.size !== h.members.length)
      ctx.addIssue({
        code: "custom",
        path: ["members"],
        message: "Each person can be added only once",
      });
    const pairs = new Set<string>();
    h.relationships.forEach((r, i) => {
      const path = ["relationships", i];
      if (r.personId === r.relativeId) ctx.addIssue({ code: "custom", path, message: "A person cannot be related to themselves" });
      if (!roles.has(r.personId) || !roles.has(r.relativeId)) {
        ctx.addIssue({
          code: "custom",
          path,
          message: "Both people must be members of the family",
        });
      }
      const pair = `${r.personId}>${r.relativeId}`;
      if (pairs.has(pair)) ctx.addIssue({ code: "custom", path, message: "This relationship is already recorded" });
      pairs.add(pair);
      if (r.parentalResponsibility && roles.get(r.relativeId) !== "child") {
        ctx.addIssue({
          code: "custom",
          path: [...path, "parentalResponsibility"],
          message: "Parental responsibility is held for a child",
        });
      }
      if (r.parentalResponsibility === "birth_mother" && r.relationship !== "parent") {
        ctx.addIssue({
          code: "custom",
          path: [...path, "relationship"],
          message: "A birth mother is recorded as a parent",
        });
      }
    });
  });
export type HouseholdUpdate = z.infer<typeof householdUpdateSchema>;

/** Everyone recorded as holding parental responsibility for a child. */
export function parentalResponsibilityHolders(relationships: readonly HouseholdRelationship[], childId: string): string[] {
  return relationships.filter((r) => r.relativeId === childId && r.parentalResponsibility).map((r) => r.personId);
}

/**
 * Children with nobody recorded as holding PR: worth a prompt, because consent for an Early Help
 * Assessment of a child too young to give it must come from someone who does.
 */
export function childrenWithoutParentalResponsibility(household: Pick<HouseholdUpdate, "members" | "relationships">): string[] {
  return household.members
    .filter((m) => m.role === "child")
    .map((m) => m.personId)
    .filter((id) => parentalResponsibilityHolders(household.relationships, id).length === 0);
}
