import { breakGlassSchema, restrictionAllowStaffSchema, restrictionLiftSchema, restrictionSetSchema } from "@hearth/domain";
import { z } from "zod";
import { createTRPCRouter, roleProcedure } from "../trpc";
import { breakGlass } from "./break-glass";
import { listBreakGlass } from "./break-glass-log";
import { allowStaff, liftRestriction, setRestriction } from "./restrictions";

/** Opening another area's record with a recorded reason, and the owning area's list of those openings. */
export const recordAccessRouter = createTRPCRouter({
  breakGlass: roleProcedure("recordAccess.breakGlass")
    .input(breakGlassSchema)
    .mutation(({ ctx, input }) => breakGlass(ctx, input)),

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
});
