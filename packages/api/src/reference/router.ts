import { z } from "zod";
import { listAreas, listLocalities } from "@hearth/db";
import { createTRPCRouter, publicProcedure } from "../trpc";
import { centresByArea } from "./centres-by-area";
import { areaSchema, centreGroupSchema, localitySchema } from "./reference-schemas";

/** Areas, localities and centres are public information: the booking site lists them without sign-in. */
export const referenceRouter = createTRPCRouter({
  areas: publicProcedure.output(z.array(areaSchema)).query(({ ctx }) => listAreas(ctx.db)),

  localities: publicProcedure
    .input(z.object({ areaId: z.uuid().optional() }).default({}))
    .output(z.array(localitySchema))
    .query(({ ctx, input }) => listLocalities(ctx.db, input)),

  /** Every centre, shared site and mobile venue, grouped by area for the public list. */
  centres: publicProcedure.output(z.array(centreGroupSchema)).query(({ ctx }) => centresByArea(ctx)),
});
