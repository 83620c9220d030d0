import { familyCreateSchema, familyRecordInputSchema, familySearchSchema, familyUpdateSchema } from "@hearth/domain";
import { z } from "zod";
import { createFamily } from "../families/create-family";
import { readFamily } from "../families/read-family";
import { readFamilyAccessLog, readFamilyInvolvement, readFamilyRecord } from "../families/read-record";
import { searchFamiliesForWorker } from "../families/search-families";
import { updateFamilyRecord } from "../families/update-family";
import { createTRPCRouter, roleProcedure } from "../trpc";
import { familyAlertsRouter, familyKeyWorkerRouter, familyMembersRouter } from "./family-record";

/** Families on the shared person index. Each record and each member shown is scoped by its own area. */
export const familiesRouter = createTRPCRouter({
  search: roleProcedure("families.search")
    .input(familySearchSchema)
    .query(({ ctx, input }) => searchFamiliesForWorker(ctx, input)),

  get: roleProcedure("families.read")
    .input(z.object({ familyId: z.uuid({ error: "Unknown family" }) }))
    .query(({ ctx, input }) => readFamily(ctx, input.familyId)),

  create: roleProcedure("families.create")
    .input(familyCreateSchema)
    .mutation(({ ctx, input }) => createFamily(ctx, input)),

  update: roleProcedure("families.update")
    .input(familyUpdateSchema)
    .mutation(({ ctx, input }) => updateFamilyRecord(ctx, input)),

  // The family record (issue 10 §3): every page carries the identity bar, so every page is a read.
  record: roleProcedure("families.read")
    .input(familyRecordInputSchema)
    .query(({ ctx, input }) => readFamilyRecord(ctx, input.familyId)),

  involvement: roleProcedure("families.read")
    .input(familyRecordInputSchema)
    .query(({ ctx, input }) => readFamilyInvolvement(ctx, input.familyId)),

  accessLog: roleProcedure("families.accessLog")
    .input(familyRecordInputSchema)
    .query(({ ctx, input }) => readFamilyAccessLog(ctx, input.familyId)),

  alerts: familyAlertsRouter,
  members: familyMembersRouter,
  keyWorker: familyKeyWorkerRouter,
});
