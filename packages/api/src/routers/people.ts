import { searchPeople } from "@hearth/db";
import { personCreateSchema, personSearchSchema, personUpdateSchema } from "@hearth/domain";
import { z } from "zod";
import { createPerson } from "../people/create-person";
import { readPerson } from "../people/read-person";
import { updatePersonRecord } from "../people/update-person";
import { areaScopedProcedure, audit, createTRPCRouter, roleProcedure } from "../trpc";

/** The shared person index. Every read and change is audited; records outside the caller's area stay hidden. */
export const peopleRouter = createTRPCRouter({
  search: areaScopedProcedure("people.search")
    .input(personSearchSchema)
    .query(async ({ ctx, input }) => {
      const areaId = input.areaId ?? (ctx.scope.areaId === null ? null : ctx.scope.areaId);
      return ctx.db.transaction(async (tx) => {
        const results = await searchPeople(tx, { ...input, areaId });
        // Which criteria were used, never their values: a name typed into search is personal data.
        await audit(ctx, tx, {
          action: "person.search",
          entityType: "person",
          detail: {
            criteria: (["name", "dateOfBirth", "postcode"] as const).filter((k) => input[k]),
            resultIds: results.map((r) => r.id),
          },
        });
        return results;
      });
    }),

  get: roleProcedure("people.read")
    .input(z.object({ personId: z.uuid({ error: "Unknown person" }) }))
    .query(({ ctx, input }) => readPerson(ctx, input.personId)),

  create: roleProcedure("people.create")
    .input(personCreateSchema)
    .mutation(({ ctx, input }) => createPerson(ctx, input)),

  update: roleProcedure("people.update")
    .input(personUpdateSchema)
    .mutation(({ ctx, input }) => updatePersonRecord(ctx, input)),
});
