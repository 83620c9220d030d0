import { z } from "zod";
import { programmeCreateSchema } from "@hearth/domain";
import { createTRPCRouter, roleProcedure } from "../trpc";
import { programmeCatalogue } from "./list-programmes";
import { createProgramme, updateProgrammeRecord } from "./programme-changes";
import { programmeRowSchema } from "./programme-schema";

const catalogueEditors = roleProcedure("programmes.edit");

export const programmesRouter = createTRPCRouter({
  /** Any practitioner may look up a programme to suggest it to a family. */
  catalogue: roleProcedure("programmes.read")
    .input(z.object({ includeRetired: z.boolean().default(false) }).default({ includeRetired: false }))
    .output(z.array(programmeRowSchema))
    .query(({ ctx, input }) => programmeCatalogue(ctx, input)),

  create: catalogueEditors
    .input(programmeCreateSchema)
    .output(programmeRowSchema)
    .mutation(({ ctx, input }) => createProgramme(ctx, input)),

  /** A whole replacement; `active: false` retires the programme from new runs. */
  update: catalogueEditors
    .input(z.intersection(z.object({ programmeId: z.uuid({ error: "Choose a programme" }), active: z.boolean().optional() }), programmeCreateSchema))
    .output(programmeRowSchema)
    .mutation(({ ctx, input }) => updateProgrammeRecord(ctx, input)),
});
