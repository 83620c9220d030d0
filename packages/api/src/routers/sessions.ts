import { getOpenAccessSession, listSessionTypes, searchOpenAccessSessions } from "@hearth/db";
import { addDays, daysBetween, describeAgeRule, londonDateOf, MAX_SEARCH_DAYS, sessionSearchSchema } from "@hearth/domain";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { publicSession, publicSessionSchema, sessionTypeOf } from "../bookings/session-view";
import { createTRPCRouter, fieldError, rateLimitedProcedure } from "../trpc";

/** Finding open-access sessions: public, no sign-in, nothing personal in or out. */
export const sessionsRouter = createTRPCRouter({
  /** The menu (stay, play and learn; baby group; youth …) with the ages each is for. */
  types: rateLimitedProcedure("read")
    .output(z.array(z.object({ id: z.string(), code: z.string(), name: z.string(), description: z.string().nullable(), ages: z.string() })))
    .query(async ({ ctx }) =>
      (await listSessionTypes(ctx.db)).map((t) => ({
        id: t.id,
        code: t.code,
        name: t.name,
        description: t.description,
        ages: describeAgeRule(sessionTypeOf(t).ageRule),
      })),
    ),

  /** Sessions still to come, by centre or place (town, estate, centre name, postcode), dates, child's age and type, with places left. */
  search: rateLimitedProcedure("read")
    .input(sessionSearchSchema)
    .output(z.array(publicSessionSchema))
    .query(async ({ ctx, input }) => {
      const now = ctx.now();
      const from = input.from ?? londonDateOf(now);
      const to = input.to ?? addDays(from, 13);
      if (daysBetween(from, to) >= MAX_SEARCH_DAYS) throw fieldError("to", `Search at most ${MAX_SEARCH_DAYS} days at a time`);
      const rows = await searchOpenAccessSessions(ctx.db, { ...input, from, to, now });
      return rows.map((row) => publicSession(row, now));
    }),

  /** One session, for the booking pages; cancelled and past sessions say so rather than vanish. */
  get: rateLimitedProcedure("read")
    .input(z.object({ sessionId: z.uuid({ error: "Choose a session" }) }))
    .output(publicSessionSchema)
    .query(async ({ ctx, input }) => {
      const row = await getOpenAccessSession(ctx.db, input.sessionId);
      if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "This session could not be found" });
      return publicSession(row, ctx.now());
    }),
});
