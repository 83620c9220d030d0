import { listCentreSessions } from "@hearth/db";
import { daysBetween, MAX_SEARCH_DAYS, type CentreSessionList } from "@hearth/domain";
import type { Context } from "../context";
import { fieldError } from "../trpc";
import { staffSession } from "./staff-view";

/** Sessions between two dates with their counts (no names), cancelled ones included. */
export async function listSessions(ctx: Context, input: CentreSessionList) {
  if (daysBetween(input.from, input.to) >= MAX_SEARCH_DAYS) throw fieldError("to", `Show at most ${MAX_SEARCH_DAYS} days at a time`);
  return (await listCentreSessions(ctx.db, input)).map(staffSession);
}
