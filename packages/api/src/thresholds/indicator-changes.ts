import { TRPCError } from "@trpc/server";
import {
  insertThresholdIndicator,
  retireThresholdIndicator,
  thresholdIndicatorCodeTaken,
  updateThresholdIndicator,
  type ThresholdIndicatorRow,
} from "@hearth/db";
import type { ThresholdIndicatorCreate } from "@hearth/domain";
import type { Context } from "../context";
import { audit, fieldError } from "../trpc";

/**
 * Changes to the indicator catalogue that every threshold decision is made against. Each change
 * is audited with the indicator's code in the change's own transaction.
 */

const codeTaken = (code: string) => fieldError("code", `The code ${code} is already in the catalogue`, "CONFLICT");

function found(row: ThresholdIndicatorRow | null): ThresholdIndicatorRow {
  if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "No indicator was found" });
  return row;
}

export function createIndicator(ctx: Context, input: ThresholdIndicatorCreate) {
  return ctx.db.transaction(async (tx) => {
    const row = await insertThresholdIndicator(tx, input);
    if (!row) throw codeTaken(input.code);
    await audit(ctx, tx, { action: "threshold_indicator.create", entityType: "threshold_indicator", entityId: row.id, detail: { code: row.code } });
    return row;
  });
}

/** A whole replacement: the form shows every field, and the domain checks area against domain together. */
export function updateIndicator(ctx: Context, { indicatorId: id, ...indicator }: ThresholdIndicatorCreate & { indicatorId: string }) {
  return ctx.db.transaction(async (tx) => {
    if (await thresholdIndicatorCodeTaken(tx, indicator.code, id)) throw codeTaken(indicator.code);
    const row = found(await updateThresholdIndicator(tx, id, indicator));
    await audit(ctx, tx, { action: "threshold_indicator.update", entityType: "threshold_indicator", entityId: id, detail: { code: row.code } });
    return row;
  });
}

/** Retired, not deleted, so decisions already made keep the wording they were made on. */
export function retireIndicator(ctx: Context, indicatorId: string) {
  return ctx.db.transaction(async (tx) => {
    const row = found(await retireThresholdIndicator(tx, indicatorId));
    await audit(ctx, tx, { action: "threshold_indicator.retire", entityType: "threshold_indicator", entityId: row.id, detail: { code: row.code } });
    return row;
  });
}
