import {
  familyAlertAddSchema,
  familyAlertEndSchema,
  familyAlertReviewSchema,
  familyMemberAddSchema,
  familyMemberChangeSchema,
  familyMemberRemoveSchema,
  familyRelationshipChangeSchema,
} from "@hearth/domain";
import { addFamilyAlert, endFamilyAlert, reviewFamilyAlert } from "../families/family-alerts";
import { addFamilyMember, changeFamilyMember, changeFamilyRelationship, removeFamilyMember } from "../families/family-members";
import { createTRPCRouter, roleProcedure } from "../trpc";

/** Alerts on a family's banner: added, reviewed and ended by whoever works with the family. */
export const familyAlertsRouter = createTRPCRouter({
  add: roleProcedure("families.alerts").input(familyAlertAddSchema).mutation(({ ctx, input }) => addFamilyAlert(ctx, input)),
  review: roleProcedure("families.alerts").input(familyAlertReviewSchema).mutation(({ ctx, input }) => reviewFamilyAlert(ctx, input)),
  end: roleProcedure("families.alerts").input(familyAlertEndSchema).mutation(({ ctx, input }) => endFamilyAlert(ctx, input)),
});

/** Members added, removed and changed in place from the record's Members page. */
export const familyMembersRouter = createTRPCRouter({
  add: roleProcedure("families.update").input(familyMemberAddSchema).mutation(({ ctx, input }) => addFamilyMember(ctx, input)),
  remove: roleProcedure("families.update").input(familyMemberRemoveSchema).mutation(({ ctx, input }) => removeFamilyMember(ctx, input)),
  change: roleProcedure("families.update").input(familyMemberChangeSchema).mutation(({ ctx, input }) => changeFamilyMember(ctx, input)),
  changeRelationship: roleProcedure("families.update")
    .input(familyRelationshipChangeSchema)
    .mutation(({ ctx, input }) => changeFamilyRelationship(ctx, input)),
});
