import { familiesOfPerson, getPerson, searchPeople } from "@hearth/db";
import { canSeeArea, personCreateSchema, personSearchSchema, personUpdateSchema } from "@hearth/domain";
import { z } from "zod";
import { createPerson } from "../people/create-person";
import { updatePersonRecord } from "../people/update-person";
import { areaScopedProcedure, audit, createTRPCRouter, readAudited, roleProcedure } from "../trpc";

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
    .query(async ({ ctx, input }) => {
      const event = { action: "person.read", entityType: "person", entityId: input.personId };
      return readAudited(ctx, event, async (tx) => {
        const person = await getPerson(tx, input.personId);
        if (!person) return null;
        // A family owned by another area is not named here, only counted (ADR 8).
        const all = await familiesOfPerson(tx, input.personId);
        const families = all.filter((f) => canSeeArea(ctx.scope, f.areaId));
        return { ...person, families, familiesOutsideYourArea: all.length - families.length };
      });
    }),

  create: roleProcedure("people.create")
    .input(personCreateSchema)
    .mutation(({ ctx, input }) => createPerson(ctx, input)),

  update: roleProcedure("people.update")
    .input(personUpdateSchema)
    .mutation(({ ctx, input }) => updatePersonRecord(ctx, input)),
});
