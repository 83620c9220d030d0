import { censusReturnStartSchema, nccisReturnStartSchema } from "@hearth/domain";
import { z } from "zod";
import { createTRPCRouter, roleProcedure } from "../trpc";
import { listReturnRuns } from "./list-returns";
import { statutoryReturnListSchema, statutoryReturnStartedSchema } from "./output-schemas";
import { startCinCensus } from "./start-cin-census";
import { startNccis } from "./start-nccis";

/**
 * Statutory returns (issue 14): the CIN census built by the worker from the statutory episodes
 * (data officers and administrators only), and the monthly NCCIS return (the EET team too). The files download through apps/api's HTTP routes,
 * authorised by download-return-file.ts.
 */
export const returnsRouter = createTRPCRouter({
  startCinCensus: roleProcedure("returns.run")
    .input(censusReturnStartSchema)
    .output(statutoryReturnStartedSchema)
    .mutation(({ ctx, input }) => startCinCensus(ctx, input)),

  cinCensusRuns: roleProcedure("returns.read")
    .input(z.object({}).strict().optional())
    .output(statutoryReturnListSchema)
    .query(({ ctx }) => listReturnRuns(ctx, "cin_census")),

  // The monthly NCCIS return (issue 14 §2) is the EET team's: they make and download it too.
  startNccis: roleProcedure("returns.nccis")
    .input(nccisReturnStartSchema)
    .output(statutoryReturnStartedSchema)
    .mutation(({ ctx, input }) => startNccis(ctx, input)),

  nccisRuns: roleProcedure("returns.nccis")
    .input(z.object({}).strict().optional())
    .output(statutoryReturnListSchema)
    .query(({ ctx }) => listReturnRuns(ctx, "nccis")),
});
