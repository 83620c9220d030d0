import { z } from "zod";
import { TRPCError } from "@trpc/server";
import { insertProgramme, listProgrammes, programmeNameTaken, updateProgramme } from "@hearth/db";
import { programmeCreateSchema } from "@hearth/domain";
import { audit, createTRPCRouter, fieldError, roleProcedure } from "../trpc";

const catalogueEditors = roleProcedure("programmes.edit");

const nameTaken = (name: string) => fieldError("name", `There is already a programme called ${name}`, "CONFLICT");

export const programmesRouter = createTRPCRouter({
  /** Any practitioner may look up a programme to suggest it to a family. */
  catalogue: roleProcedure("programmes.read")
    .input(z.object({ includeRetired: z.boolean().default(false) }).default({ includeRetired: false }))
    .query(({ ctx, input }) => listProgrammes(ctx.db, input)),

  create: catalogueEditors.input(programmeCreateSchema).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const row = await insertProgramme(tx, input);
      if (!row) throw nameTaken(input.name);
      await audit(ctx, tx, { action: "programme.create", entityType: "programme", entityId: row.id, detail: { name: row.name } });
      return row;
    }),
  ),

  /** A whole replacement; `active: false` retires the programme from new runs. */
  update: catalogueEditors
    .input(z.intersection(z.object({ programmeId: z.uuid({ error: "Choose a programme" }), active: z.boolean().optional() }), programmeCreateSchema))
    .mutation(({ ctx, input: { programmeId, ...programme } }) =>
      ctx.db.transaction(async (tx) => {
        if (await programmeNameTaken(tx, programme.name, programmeId)) throw nameTaken(programme.name);
        const row = await updateProgramme(tx, programmeId, programme);
        if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "No programme was found" });
        await audit(ctx, tx, { action: "programme.update", entityType: "programme", entityId: row.id, detail: { name: row.name, active: row.active } });
        return row;
      }),
    ),
});
