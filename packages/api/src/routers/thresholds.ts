import { z } from "zod";
import { TRPCError } from "@trpc/server";
import {
  insertThresholdIndicator,
  listThresholdIndicators,
  retireThresholdIndicator,
  thresholdIndicatorCodeTaken,
  updateThresholdIndicator,
  type ThresholdIndicatorRow,
} from "@hearth/db";
import { thresholdIndicatorSchema } from "@hearth/domain";
import { audit, createTRPCRouter, fieldError, roleProcedure } from "../trpc";

/** Who may change the catalogue that every threshold decision is made against. */
const catalogueEditors = roleProcedure("thresholdIndicators.edit");

const indicatorId = z.uuid({ error: "Choose an indicator" });
const codeTaken = (code: string) => fieldError("code", `The code ${code} is already in the catalogue`, "CONFLICT");

function found(row: ThresholdIndicatorRow | null): ThresholdIndicatorRow {
  if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "No indicator was found" });
  return row;
}

export const thresholdsRouter = createTRPCRouter({
  /** Every practitioner reads the catalogue to make or explain a decision; retired ones on request. */
  indicators: roleProcedure("thresholdIndicators.read")
    .input(z.object({ includeRetired: z.boolean().default(false) }).default({ includeRetired: false }))
    .query(({ ctx, input }) => listThresholdIndicators(ctx.db, input)),

  createIndicator: catalogueEditors.input(thresholdIndicatorSchema).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const row = await insertThresholdIndicator(tx, input);
      if (!row) throw codeTaken(input.code);
      await audit(ctx, tx, { action: "threshold_indicator.create", entityType: "threshold_indicator", entityId: row.id, detail: { code: row.code } });
      return row;
    }),
  ),

  /** A whole replacement: the form shows every field, and the domain checks area against domain together. */
  updateIndicator: catalogueEditors
    .input(z.intersection(z.object({ indicatorId }), thresholdIndicatorSchema))
    .mutation(({ ctx, input: { indicatorId: id, ...indicator } }) =>
      ctx.db.transaction(async (tx) => {
        if (await thresholdIndicatorCodeTaken(tx, indicator.code, id)) throw codeTaken(indicator.code);
        const row = found(await updateThresholdIndicator(tx, id, indicator));
        await audit(ctx, tx, { action: "threshold_indicator.update", entityType: "threshold_indicator", entityId: id, detail: { code: row.code } });
        return row;
      }),
    ),

  /** Retired, not deleted, so decisions already made keep the wording they were made on. */
  retireIndicator: catalogueEditors.input(z.object({ indicatorId })).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const row = found(await retireThresholdIndicator(tx, input.indicatorId));
      await audit(ctx, tx, { action: "threshold_indicator.retire", entityType: "threshold_indicator", entityId: row.id, detail: { code: row.code } });
      return row;
    }),
  ),
});
