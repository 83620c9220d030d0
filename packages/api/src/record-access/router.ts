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
import { createTRPCRouter, roleProcedure } from "../trpc";
import { breakGlass, breakGlassFromSearch } from "./break-glass";
import { listBreakGlass } from "./break-glass-log";
import { findStaff, readRestriction, removeNamedStaff } from "./restriction-staff";
import { allowStaff, liftRestriction, setRestriction } from "./restrictions";

/** Opening another area's record with a recorded reason, and the owning area's list of those openings. */
export const recordAccessRouter = createTRPCRouter({
  breakGlass: roleProcedure("recordAccess.breakGlass")
    .input(breakGlassSchema)
    .mutation(({ ctx, input }) => breakGlass(ctx, input)),

  // From a search result known in another area, by its opaque handle (never the person's id).
  breakGlassFromSearch: roleProcedure("recordAccess.breakGlass")
    .input(breakGlassByHandleSchema)
    .mutation(({ ctx, input }) => breakGlassFromSearch(ctx, input)),

  breakGlassLog: roleProcedure("recordAccess.breakGlassLog")
    .input(z.object({ limit: z.number().int().min(1).max(500).default(100) }).default({ limit: 100 }))
    .query(({ ctx, input }) => listBreakGlass(ctx, input.limit)),
});

/** Records only named staff may open. */
export const restrictionsRouter = createTRPCRouter({
  set: roleProcedure("restrictions.manage")
    .input(restrictionSetSchema)
    .mutation(({ ctx, input }) => setRestriction(ctx, input)),

  lift: roleProcedure("restrictions.manage")
    .input(restrictionLiftSchema)
    .mutation(({ ctx, input }) => liftRestriction(ctx, input.personId)),

  allowStaff: roleProcedure("restrictions.manage")
    .input(restrictionAllowStaffSchema)
    .mutation(({ ctx, input }) => allowStaff(ctx, input)),

  get: roleProcedure("restrictions.manage")
    .input(restrictionGetSchema)
    .query(({ ctx, input }) => readRestriction(ctx, input.personId)),

  removeStaff: roleProcedure("restrictions.manage")
    .input(restrictionRemoveStaffSchema)
    .mutation(({ ctx, input }) => removeNamedStaff(ctx, input)),

  findStaff: roleProcedure("restrictions.manage")
    .input(staffFindSchema)
    .query(({ ctx, input }) => findStaff(ctx, input)),
});
