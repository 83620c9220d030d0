import { z } from "zod";
import { postcodeSchema } from "../centres/postcode";
import { textSchema } from "../shared/text";
import { someChangeIn } from "../shared/changes";
import { ownerAreaChoiceSchema } from "./person";

export const familyRoles = ["child", "parent_carer", "other_adult"] as const;
export const familyRoleSchema = z.enum(familyRoles, { error: "Choose how this person belongs to the family" });

export const familyCreateSchema = z.object({
  name: textSchema({ label: "family’s name", max: 120, min: 1, required: "Enter a name for the family, like the Smith household" }),
  postcode: postcodeSchema.optional(),
  areaId: ownerAreaChoiceSchema,
  members: z
    .array(z.object({ personId: z.uuid(), role: familyRoleSchema }))
    .max(20, "A family can have at most 20 members")
    .default([]),
});
export type FamilyCreate = z.infer<typeof familyCreateSchema>;

export const familyUpdateSchema = z
  .object({
    familyId: z.uuid({ error: "Unknown family" }),
    name: textSchema({ label: "family’s name", max: 120, min: 1, required: "Enter a name for the family" }).optional(),
    postcode: postcodeSchema.optional(),
    addMembers: z
      .array(z.object({ personId: z.uuid(), role: familyRoleSchema }))
      .max(20)
      .default([]),
    removePersonIds: z.array(z.uuid()).max(20).default([]),
  })
  .superRefine(someChangeIn("familyId"));
export type FamilyUpdate = z.infer<typeof familyUpdateSchema>;
