import { chronologyEntryCreateSchema, chronologyEntryEditSchema, chronologyListSchema } from "@hearth/domain";
import { z } from "zod";
import { chronologyEntryAddedSchema, chronologyPageSchema } from "./output-schemas";
import { createTRPCRouter, roleProcedure } from "../trpc";
import { addChronologyEntry } from "./add-entry";
import { editChronologyEntryOf } from "./edit-entry";
import { readChronology } from "./list-chronology";

/**
 * A family's chronology: every service's events on one timeline, and practitioners' own entries.
 * Scoped by the family's area like the family record; the CSV download pages through `list`.
 */
export const chronologyRouter = createTRPCRouter({
  list: roleProcedure("chronology.read")
    .input(chronologyListSchema)
    .output(chronologyPageSchema)
    .query(({ ctx, input }) => readChronology(ctx, input)),

  addEntry: roleProcedure("chronology.write")
    .input(chronologyEntryCreateSchema)
    .output(chronologyEntryAddedSchema)
    .mutation(({ ctx, input }) => addChronologyEntry(ctx, input)),

  editEntry: roleProcedure("chronology.write")
    .input(chronologyEntryEditSchema)
    .output(z.object({ id: z.uuid(), editedAt: z.string() }))
    .mutation(({ ctx, input }) => editChronologyEntryOf(ctx, input)),
});
