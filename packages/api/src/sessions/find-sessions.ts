import { getOpenAccessSession, listSessionTypes, searchOpenAccessSessions } from "@hearth/db";
import { addDays, daysBetween, describeAgeRule, londonDateOf, MAX_SEARCH_DAYS, type SessionSearch } from "@hearth/domain";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { publicSession, sessionTypeOf } from "../bookings/session-view";
import type { Context } from "../context";
import { fieldError } from "../trpc";

/** A kind of session on the public menu, with the ages it is for in words. */
export const sessionTypeSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  ages: z.string(),
});

/** The menu (stay, play and learn; baby group; youth …) with the ages each is for. */
export async function sessionTypes(ctx: Context) {
  return (await listSessionTypes(ctx.db)).map((t) => ({
    id: t.id,
    code: t.code,
    name: t.name,
    description: t.description,
    ages: describeAgeRule(sessionTypeOf(t).ageRule),
  }));
}

/** Sessions still to come, two weeks from today unless dates are given, with places left. */
export async function searchSessions(ctx: Context, input: SessionSearch) {
  const now = ctx.now();
  const from = input.from ?? londonDateOf(now);
  const to = input.to ?? addDays(from, 13);
  if (daysBetween(from, to) >= MAX_SEARCH_DAYS) throw fieldError("to", `Search at most ${MAX_SEARCH_DAYS} days at a time`);
  const rows = await searchOpenAccessSessions(ctx.db, { ...input, from, to, now });
  return rows.map((row) => publicSession(row, now));
}

/** One session; cancelled and past sessions say so rather than vanish. */
export async function publicSessionById(ctx: Context, sessionId: string) {
  const row = await getOpenAccessSession(ctx.db, sessionId);
  if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "This session could not be found" });
  return publicSession(row, ctx.now());
}
