import { formDraftKeySchema, formDraftSaveSchema } from "@hearth/domain";
import { createTRPCRouter, roleProcedure } from "../trpc";
import { discardFormDraft, formDraftDiscardedSchema, formDraftSavedSchema, formDraftSchema, getFormDraft, keepFormDraft } from "./form-drafts";

/** Every member of staff keeps drafts of their own long forms; each call reaches only the caller's. */
const draftProcedure = roleProcedure("drafts.use");

export const draftsRouter = createTRPCRouter({
  get: draftProcedure
    .input(formDraftKeySchema)
    .output(formDraftSchema)
    .query(({ ctx, input }) => getFormDraft(ctx, input)),

  save: draftProcedure
    .input(formDraftSaveSchema)
    .output(formDraftSavedSchema)
    .mutation(({ ctx, input }) => keepFormDraft(ctx, input)),

  discard: draftProcedure
    .input(formDraftKeySchema)
    .output(formDraftDiscardedSchema)
    .mutation(({ ctx, input }) => discardFormDraft(ctx, input)),
});
