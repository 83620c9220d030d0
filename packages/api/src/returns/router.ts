import { censusReturnStartSchema } from "@hearth/domain";
import { z } from "zod";
import { createTRPCRouter, roleProcedure } from "../trpc";
import { listCinCensusReturns } from "./list-returns";
import { statutoryReturnListSchema, statutoryReturnStartedSchema } from "./output-schemas";
import { startCinCensus } from "./start-cin-census";

/**
 * Statutory returns (issue 14 §1): the CIN census built by the worker from the statutory episodes.
 * Data officers and administrators only. The files download through apps/api's HTTP routes,
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
    .query(({ ctx }) => listCinCensusReturns(ctx)),
});
