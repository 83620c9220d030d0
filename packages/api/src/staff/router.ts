import { staffChangeSchema, staffIdSchema, staffInviteSchema, staffListFilterSchema } from "@hearth/domain";
import { z } from "zod";
import { createTRPCRouter, roleProcedure } from "../trpc";
import { changeStaffPlacement, deactivateStaff, reactivateStaff } from "./change-staff";
import { inviteStaff, reinviteStaff } from "./invite-staff";
import { deactivatedSchema, invitationSchema, staffAccountPageSchema, staffAccountSchema } from "./output-schemas";
import { listStaff, readStaffAccount } from "./read-staff";

/** Staff accounts (issue 15 §3), for administrators: every change audited, none leaving the county without one. */
export const staffRouter = createTRPCRouter({
  list: roleProcedure("staff.manage")
    .input(staffListFilterSchema.default({ status: "all" }))
    .output(z.array(staffAccountSchema))
    .query(({ ctx, input }) => listStaff(ctx, input)),

  /** One account, with the open work its holder still has, to hand on. */
  get: roleProcedure("staff.manage")
    .input(staffIdSchema)
    .output(staffAccountPageSchema)
    .query(({ ctx, input }) => readStaffAccount(ctx, input.staffId)),

  invite: roleProcedure("staff.manage")
    .input(staffInviteSchema)
    .output(invitationSchema)
    .mutation(({ ctx, input }) => inviteStaff(ctx, input)),

  /** A new link to set a password: for an invitation that expired or was lost, or a forgotten password. */
  reinvite: roleProcedure("staff.manage")
    .input(staffIdSchema)
    .output(invitationSchema)
    .mutation(({ ctx, input }) => reinviteStaff(ctx, input)),

  change: roleProcedure("staff.manage")
    .input(staffChangeSchema)
    .output(staffAccountSchema)
    .mutation(({ ctx, input }) => changeStaffPlacement(ctx, input)),

  deactivate: roleProcedure("staff.manage")
    .input(staffIdSchema)
    .output(deactivatedSchema)
    .mutation(({ ctx, input }) => deactivateStaff(ctx, input)),

  reactivate: roleProcedure("staff.manage")
    .input(staffIdSchema)
    .output(staffAccountSchema)
    .mutation(({ ctx, input }) => reactivateStaff(ctx, input)),
});
