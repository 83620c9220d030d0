import { listCentres } from "@hearth/db";
import type { Context } from "../context";

/** Every centre, shared site and mobile venue, grouped by area for the public list. */
export async function centresByArea(ctx: Context) {
  const rows = await listCentres(ctx.db);
  const groups = new Map<string, { areaName: string; centres: typeof rows }>();
  for (const row of rows) {
    // Families see the mobile provision as the county's, though North runs it (ADR 8).
    const areaName = row.kind === "mobile" ? "Countywide" : row.areaName;
    const group = groups.get(areaName) ?? { areaName, centres: [] };
    group.centres.push(row);
    groups.set(areaName, group);
  }
  return [...groups.values()];
}
