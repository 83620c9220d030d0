import {
  directoryListSchema,
  directorySearchSchema,
  directoryServiceIdSchema,
  directoryServiceSchema,
  directoryServiceUpdateSchema,
} from "@hearth/domain";
import { z } from "zod";
import { createTRPCRouter, rateLimitedProcedure, roleProcedure } from "../trpc";
import { createDirectoryService, updateDirectoryEntry } from "./directory-changes";
import { findSupport, publicDirectoryServiceById } from "./find-support";
import { directoryKeepers, listDirectory, readDirectoryEntry } from "./list-directory";
import { directoryEntrySchema, directorySearchResultSchema, publicDirectoryServiceSchema } from "./output-schemas";

/**
 * The locality service directory (issue 15 §1). Families search it without an account (counted per
 * address like the booking searches); LCSS keeps it; every practitioner may look services up.
 */
export const directoryRouter = createTRPCRouter({
  /** "Find support near you": by postcode (full or district), locality, need and age. */
  search: rateLimitedProcedure("read")
    .input(directorySearchSchema)
    .output(directorySearchResultSchema)
    .query(({ ctx, input }) => findSupport(ctx, input)),

  /** One service's public page. */
  service: rateLimitedProcedure("read")
    .input(directoryServiceIdSchema)
    .output(publicDirectoryServiceSchema)
    .query(({ ctx, input }) => publicDirectoryServiceById(ctx, input.serviceId)),

  list: roleProcedure("directory.read")
    .input(directoryListSchema.default({}))
    .output(z.array(directoryEntrySchema))
    .query(({ ctx, input }) => listDirectory(ctx, input)),

  get: roleProcedure("directory.read")
    .input(directoryServiceIdSchema)
    .output(directoryEntrySchema)
    .query(({ ctx, input }) => readDirectoryEntry(ctx, input.serviceId)),

  /** Who may keep an entry, for the owner list on the edit page. */
  keepers: roleProcedure("directory.edit")
    .output(z.array(z.object({ id: z.string(), name: z.string() })))
    .query(({ ctx }) => directoryKeepers(ctx)),

  create: roleProcedure("directory.edit")
    .input(directoryServiceSchema)
    .output(directoryEntrySchema)
    .mutation(({ ctx, input }) => createDirectoryService(ctx, input)),

  /** A whole replacement; saving with today's date as last reviewed is how an entry is reviewed. */
  update: roleProcedure("directory.edit")
    .input(directoryServiceUpdateSchema)
    .output(directoryEntrySchema)
    .mutation(({ ctx, input }) => updateDirectoryEntry(ctx, input)),
});
