import {
  familyConsentGiveSchema,
  familyConsentWithdrawSchema,
  familyKeyWorkerSetSchema,
  familyMemberContactChangeSchema,
  familyRecordInputSchema,
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
import { keyWorkerCandidates, setKeyWorker } from "../families/key-worker";
import { giveMemberConsent, withdrawMemberConsent } from "../families/member-consent";
import { changeMemberContact } from "../families/member-contact";
import { familyChangeOutputs as out } from "../families/change-outputs";
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
  changeContact: roleProcedure("families.update").input(familyMemberContactChangeSchema).output(out.contact).mutation(({ ctx, input }) => changeMemberContact(ctx, input)),
  giveConsent: roleProcedure("families.update").input(familyConsentGiveSchema).output(out.consent).mutation(({ ctx, input }) => giveMemberConsent(ctx, input)),
  withdrawConsent: roleProcedure("families.update").input(familyConsentWithdrawSchema).output(out.consent).mutation(({ ctx, input }) => withdrawMemberConsent(ctx, input)),
});

/** The family's key worker, chosen from practitioners who can open the family's record. */
export const familyKeyWorkerRouter = createTRPCRouter({
  candidates: roleProcedure("families.update").input(familyRecordInputSchema).output(out.keyWorkerCandidates).query(({ ctx, input }) => keyWorkerCandidates(ctx, input.familyId)),
  set: roleProcedure("families.update").input(familyKeyWorkerSetSchema).output(out.keyWorker).mutation(({ ctx, input }) => setKeyWorker(ctx, input)),
});
