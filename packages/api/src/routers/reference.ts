import { z } from "zod";
import { listAreas, listCentres, listLocalities } from "@hearth/db";
import { createTRPCRouter, publicProcedure } from "../trpc";

/** Areas, localities and centres are public information: the booking site lists them without sign-in. */
export const referenceRouter = createTRPCRouter({
  areas: publicProcedure.query(({ ctx }) => listAreas(ctx.db)),

  localities: publicProcedure
    .input(z.object({ areaId: z.uuid().optional() }).default({}))
    .query(({ ctx, input }) => listLocalities(ctx.db, input)),

  /** Every centre, shared site and mobile venue, grouped by area for the public list. */
  centres: publicProcedure.query(async ({ ctx }) => {
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
  }),
});
