import { z } from "zod";
import { roleLabels, signInSchema, staffRoleSchema } from "@hearth/domain";
import { signInWithPassword } from "../auth/password-sign-in";
import { endSession } from "../auth/session";
import { createTRPCRouter, protectedProcedure, publicProcedure, staffEntryProcedure } from "../trpc";

const meSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    // The role itself, not a string, so the apps can ask the permissions map what it may do.
    role: staffRoleSchema,
    roleLabel: z.string(),
    areaName: z.string().nullable(),
    centreName: z.string().nullable(),
    /**
     * How long the session lasts without a request: the apps warn before it ends (GOV.UK's
     * timeout warning) and offer to stay signed in, so nobody is signed out mid-form unawares.
     */
    sessionIdleSeconds: z.number().int().positive(),
  })
  .nullable();

export const authRouter = createTRPCRouter({
  signIn: staffEntryProcedure
    .input(signInSchema)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await signInWithPassword(ctx, input);
      return { ok: true as const };
    }),

  signOut: staffEntryProcedure.output(z.object({ ok: z.literal(true) })).mutation(async ({ ctx }) => {
    await endSession(ctx.db, ctx.cookies);
    return { ok: true as const };
  }),

  /** Who is signed in, or null: the apps call this first to choose between sign-in and home. */
  me: publicProcedure.output(meSchema).query(({ ctx }) => {
    const staff = ctx.staff;
    if (!staff) return null;
    return {
      id: staff.id,
      email: staff.email,
      displayName: staff.displayName,
      role: staff.role,
      roleLabel: roleLabels[staff.role],
      areaName: staff.areaName,
      centreName: staff.centreName,
      sessionIdleSeconds: Math.floor(ctx.config.sessionIdleMs / 1000),
    };
  }),

  /** Used by the session-expiry test, and by the apps' timeout warning to keep a session going. */
  ping: protectedProcedure.query(() => ({ ok: true as const })),
});
