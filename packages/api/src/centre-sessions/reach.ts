import { reachCounts } from "@hearth/db";
import { reachCsv, reachMonths, type ReachQuery } from "@hearth/domain";
import type { Context } from "../context";

/** Reach figures per month for one centre, as rows for the chart and as CSV for a spreadsheet. */
export async function reachFigures(ctx: Context, centre: { id: string; name: string; reachPostcodeDistricts: string[] }, input: ReachQuery) {
  const counts = await reachCounts(ctx.db, { centreId: centre.id, fromMonth: input.fromMonth, toMonth: input.toMonth });
  const months = reachMonths(input.fromMonth, input.toMonth, counts);
  return {
    centre: { id: centre.id, name: centre.name, reachPostcodeDistricts: centre.reachPostcodeDistricts },
    months,
    csv: reachCsv(centre.name, months),
  };
}
