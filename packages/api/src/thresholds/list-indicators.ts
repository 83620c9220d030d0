import { listThresholdIndicators } from "@hearth/db";
import type { Context } from "../context";

/** The catalogue, active indicators only unless retired ones are asked for. */
export function listIndicators(ctx: Context, input: { includeRetired: boolean }) {
  return listThresholdIndicators(ctx.db, input);
}
