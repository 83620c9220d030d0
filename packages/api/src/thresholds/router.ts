import { z } from "zod";
import { thresholdIndicatorSchema } from "@hearth/domain";
import { createTRPCRouter, roleProcedure } from "../trpc";
import { createIndicator, retireIndicator, updateIndicator } from "./indicator-changes";
import { indicatorIdSchema as indicatorId, thresholdIndicatorRowSchema } from "./indicator-schema";
import { listIndicators } from "./list-indicators";

/** Who may change the catalogue that every threshold decision is made against. */
const catalogueEditors = roleProcedure("thresholdIndicators.edit");

export const thresholdsRouter = createTRPCRouter({
  /** Every practitioner reads the catalogue to make or explain a decision; retired ones on request. */
  indicators: roleProcedure("thresholdIndicators.read")
    .input(z.object({ includeRetired: z.boolean().default(false) }).default({ includeRetired: false }))
    .output(z.array(thresholdIndicatorRowSchema))
    .query(({ ctx, input }) => listIndicators(ctx, input)),

  createIndicator: catalogueEditors
    .input(thresholdIndicatorSchema)
    .output(thresholdIndicatorRowSchema)
    .mutation(({ ctx, input }) => createIndicator(ctx, input)),

  /** A whole replacement: the form shows every field, and the domain checks area against domain together. */
  updateIndicator: catalogueEditors
    .input(z.intersection(z.object({ indicatorId }), thresholdIndicatorSchema))
    .output(thresholdIndicatorRowSchema)
    .mutation(({ ctx, input }) => updateIndicator(ctx, input)),

  /** Retired, not deleted, so decisions already made keep the wording they were made on. */
  retireIndicator: catalogueEditors
    .input(z.object({ indicatorId }))
    .output(thresholdIndicatorRowSchema)
    .mutation(({ ctx, input }) => retireIndicator(ctx, input.indicatorId)),
});
