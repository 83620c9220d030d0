import {
  breakGlassByHandleSchema,
  breakGlassSchema,
  restrictionAllowStaffSchema,
  restrictionGetSchema,
  restrictionLiftSchema,
  restrictionRemoveStaffSchema,
  restrictionSetSchema,
  staffFindSchema,
} from "@hearth/domain";
import { z } from "zod";
import {
  breakGlassGrantSchema,
  breakGlassLogEntrySchema,
  restrictionLiftedSchema,
  restrictionReadSchema,
  restrictionSetOutputSchema,
  staffAllowedSchema,
  staffFoundSchema,
  staffRemovedSchema,
} from "./output-schemas";
import { createTRPCRouter, roleProcedure } from "../trpc";
import { breakGlass, breakGlassFromSearch } from "./break-glass";
import { listBreakGlass } from "./break-glass-log";
import { findStaff, readRestriction, removeNamedStaff } from "./restriction-staff";
import { allowStaff, liftRestriction, setRestriction } from "./restrictions";

/** Opening another area's record with a recorded reason, and the owning area's list of those openings. */
export const recordAccessRouter = createTRPCRouter({
  breakGlass: roleProcedure("recordAccess.breakGlass")
    .input(breakGlassSchema)
    .output(breakGlassGrantSchema)
    .mutation(({ ctx, input }) => breakGlass(ctx, input)),

  // From a search result known in another area, by its opaque handle (never the person's id).
  breakGlassFromSearch: roleProcedure("recordAccess.breakGlass")
    .input(breakGlassByHandleSchema)
    .output(breakGlassGrantSchema)
    .mutation(({ ctx, input }) => breakGlassFromSearch(ctx, input)),

  breakGlassLog: roleProcedure("recordAccess.breakGlassLog")
    .input(z.object({ limit: z.number().int().min(1).max(500).default(100) }).default({ limit: 100 }))
    .output(z.array(breakGlassLogEntrySchema))
    .query(({ ctx, input }) => listBreakGlass(ctx, input.limit)),
});

/** Records only named staff may open. */
export const restrictionsRouter = createTRPCRouter({
  set: roleProcedure("restrictions.manage")
    .input(restrictionSetSchema)
    .output(restrictionSetOutputSchema)
    .mutation(({ ctx, input }) => setRestriction(ctx, input)),

  lift: roleProcedure("restrictions.manage")
    .input(restrictionLiftSchema)
    .output(restrictionLiftedSchema)
    .mutation(({ ctx, input }) => liftRestriction(ctx, input.personId)),

  allowStaff: roleProcedure("restrictions.manage")
    .input(restrictionAllowStaffSchema)
    .output(staffAllowedSchema)
    .mutation(({ ctx, input }) => allowStaff(ctx, input)),

  get: roleProcedure("restrictions.manage")
    .input(restrictionGetSchema)
    .output(restrictionReadSchema)
    .query(({ ctx, input }) => readRestriction(ctx, input.personId)),

  removeStaff: roleProcedure("restrictions.manage")
    .input(restrictionRemoveStaffSchema)
    .output(staffRemovedSchema)
    .mutation(({ ctx, input }) => removeNamedStaff(ctx, input)),

  findStaff: roleProcedure("restrictions.manage")
    .input(staffFindSchema)
    .output(staffFoundSchema)
    .query(({ ctx, input }) => findStaff(ctx, input)),
});
