import {
  familyConsentGiveSchema,
  familyConsentWithdrawSchema,
  familyKeyWorkerSetSchema,
  familyMemberContactChangeSchema,
  familyAlertAddSchema,
  familyAlertEndSchema,
  familyAlertReviewSchema,
  familyCreateSchema,
  familyMemberAddSchema,
  familyMemberChangeSchema,
  familyMemberRemoveSchema,
  familyRecordInputSchema,
  familyRelationshipChangeSchema,
  familySearchSchema,
  familyUpdateSchema,
} from "@hearth/domain";
import { z } from "zod";
import { createFamily } from "./create-family";
import { addFamilyAlert, endFamilyAlert, reviewFamilyAlert } from "./family-alerts";
import { addFamilyMember, changeFamilyMember, changeFamilyRelationship, removeFamilyMember } from "./family-members";
import { keyWorkerCandidates, setKeyWorker } from "./key-worker";
import { giveMemberConsent, withdrawMemberConsent } from "./member-consent";
import { changeMemberContact } from "./member-contact";
import { familyChangeOutputs as out } from "./change-outputs";
import { readFamily } from "./read-family";
import { readFamilyAccessLog, readFamilyInvolvement, readFamilyRecord } from "./read-record";
import { searchFamiliesForWorker } from "./search-families";
import { updateFamilyRecord } from "./update-family";
import {
  familyAccessLogSchema,
  familyAlertSchema,
  familyInvolvementSchema,
  familyRecordSchema,
  familyRowSchema,
  familySearchResultSchema,
  memberChangedSchema,
  relationshipChangedSchema,
  shownFamilySchema,
} from "./output-schemas";
import { createTRPCRouter, roleProcedure } from "../trpc";

/** Alerts on a family's banner: added, reviewed and ended by whoever works with the family. */
const familyAlertsRouter = createTRPCRouter({
  add: roleProcedure("families.alerts")
    .input(familyAlertAddSchema)
    .output(familyAlertSchema)
    .mutation(({ ctx, input }) => addFamilyAlert(ctx, input)),
  review: roleProcedure("families.alerts")
    .input(familyAlertReviewSchema)
    .output(familyAlertSchema)
    .mutation(({ ctx, input }) => reviewFamilyAlert(ctx, input)),
  end: roleProcedure("families.alerts")
    .input(familyAlertEndSchema)
    .output(familyAlertSchema)
    .mutation(({ ctx, input }) => endFamilyAlert(ctx, input)),
});

/** Members added, removed and changed in place from the record's Members page. */
const familyMembersRouter = createTRPCRouter({
  add: roleProcedure("families.update")
    .input(familyMemberAddSchema)
    .output(memberChangedSchema)
    .mutation(({ ctx, input }) => addFamilyMember(ctx, input)),
  remove: roleProcedure("families.update")
    .input(familyMemberRemoveSchema)
    .output(memberChangedSchema)
    .mutation(({ ctx, input }) => removeFamilyMember(ctx, input)),
  change: roleProcedure("families.update")
    .input(familyMemberChangeSchema)
    .output(memberChangedSchema)
    .mutation(({ ctx, input }) => changeFamilyMember(ctx, input)),
  changeRelationship: roleProcedure("families.update")
    .input(familyRelationshipChangeSchema)
    .output(relationshipChangedSchema)
    .mutation(({ ctx, input }) => changeFamilyRelationship(ctx, input)),
  changeContact: roleProcedure("families.update")
    .input(familyMemberContactChangeSchema)
    .output(out.contact)
    .mutation(({ ctx, input }) => changeMemberContact(ctx, input)),
  giveConsent: roleProcedure("families.update")
    .input(familyConsentGiveSchema)
    .output(out.consent)
    .mutation(({ ctx, input }) => giveMemberConsent(ctx, input)),
  withdrawConsent: roleProcedure("families.update")
    .input(familyConsentWithdrawSchema)
    .output(out.consent)
    .mutation(({ ctx, input }) => withdrawMemberConsent(ctx, input)),
});

/** The family's key worker, chosen from practitioners who can open the family's record. */
const familyKeyWorkerRouter = createTRPCRouter({
  candidates: roleProcedure("families.update")
    .input(familyRecordInputSchema)
    .output(out.keyWorkerCandidates)
    .query(({ ctx, input }) => keyWorkerCandidates(ctx, input.familyId)),
  set: roleProcedure("families.update")
    .input(familyKeyWorkerSetSchema)
    .output(out.keyWorker)
    .mutation(({ ctx, input }) => setKeyWorker(ctx, input)),
});

/** Families on the shared person index. Each record and each member shown is scoped by its own area. */
export const familiesRouter = createTRPCRouter({
  search: roleProcedure("families.search")
    .input(familySearchSchema)
    .output(z.array(familySearchResultSchema))
    .query(({ ctx, input }) => searchFamiliesForWorker(ctx, input)),

  get: roleProcedure("families.read")
    .input(z.object({ familyId: z.uuid({ error: "Unknown family" }) }))
    .output(shownFamilySchema)
    .query(({ ctx, input }) => readFamily(ctx, input.familyId)),

  create: roleProcedure("families.create")
    .input(familyCreateSchema)
    .output(familyRowSchema)
    .mutation(({ ctx, input }) => createFamily(ctx, input)),

  update: roleProcedure("families.update")
    .input(familyUpdateSchema)
    .output(shownFamilySchema)
    .mutation(({ ctx, input }) => updateFamilyRecord(ctx, input)),

  // The family record (issue 10 §3): every page carries the identity bar, so every page is a read.
  record: roleProcedure("families.read")
    .input(familyRecordInputSchema)
    .output(familyRecordSchema)
    .query(({ ctx, input }) => readFamilyRecord(ctx, input.familyId)),

  involvement: roleProcedure("families.read")
    .input(familyRecordInputSchema)
    .output(familyInvolvementSchema)
    .query(({ ctx, input }) => readFamilyInvolvement(ctx, input.familyId)),

  accessLog: roleProcedure("families.accessLog")
    .input(familyRecordInputSchema)
    .output(familyAccessLogSchema)
    .query(({ ctx, input }) => readFamilyAccessLog(ctx, input.familyId)),

  alerts: familyAlertsRouter,
  members: familyMembersRouter,
  keyWorker: familyKeyWorkerRouter,
});
