import { familiesOfPerson, getPerson } from "@hearth/db";
import { canSeeArea, personCreateSchema, personSearchSchema, personUpdateSchema } from "@hearth/domain";
import { z } from "zod";
import { createPerson } from "../people/create-person";
import { searchPeopleForWorker } from "../people/search-people";
import { updatePersonRecord } from "../people/update-person";
import { areaScopedProcedure, createTRPCRouter, readAudited, roleProcedure } from "../trpc";

/** The shared person index. Every read and change is audited; records outside the caller's area stay hidden. */
export const peopleRouter = createTRPCRouter({
  // County-wide, so a worker learns a child is known elsewhere; another area's people come back as
  // a summary only (issue 10). Naming an area explicitly still needs the right to see it.
  search: areaScopedProcedure("people.search")
    .input(personSearchSchema)
    .query(({ ctx, input }) => searchPeopleForWorker(ctx, input)),

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
