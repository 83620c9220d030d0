import { z } from "zod";
import { passwordSetSchema, signInSchema } from "@hearth/domain";
import { signInWithPassword } from "./password-sign-in";
import { meSchema, signedInStaff } from "./me";
import { endSession } from "./session";
import { setPasswordFromInvitation } from "./set-password";
import { createTRPCRouter, protectedProcedure, publicProcedure, staffEntryProcedure } from "../trpc";

const okSchema = z.object({ ok: z.literal(true) });

export const authRouter = createTRPCRouter({
  signIn: staffEntryProcedure
    .input(signInSchema)
    .output(okSchema)
    .mutation(async ({ ctx, input }) => {
      await signInWithPassword(ctx, input);
      return { ok: true as const };
    }),

  /** From an invitation's one-time link: sets the password and signs its holder in. */
  setPassword: staffEntryProcedure
    .input(passwordSetSchema)
    .output(okSchema)
    .mutation(async ({ ctx, input }) => {
      await setPasswordFromInvitation(ctx, input);
      return { ok: true as const };
    }),

  signOut: staffEntryProcedure.output(okSchema).mutation(async ({ ctx }) => {
    await endSession(ctx.db, ctx.cookies);
    return { ok: true as const };
  }),

  /** Who is signed in, or null: the apps call this first to choose between sign-in and home. */
  me: publicProcedure.output(meSchema).query(({ ctx }) => signedInStaff(ctx)),

  /** Used by the session-expiry test, and by the apps' timeout warning to keep a session going. */
  ping: protectedProcedure.output(okSchema).query(() => ({ ok: true as const })),
});
