import { and, asc, eq, gte, lte, sql } from "drizzle-orm";
import type { Db } from "../client";
import { centreClosures, openAccessSessions as s } from "../schema";
import { londonDate } from "./open-access-sessions";

/** Days a centre is closed, and the scheduled sessions a closure falls on. */

export type NewCentreClosure = typeof centreClosures.$inferInsert;

export async function insertCentreClosure(db: Db, closure: NewCentreClosure) {
  const [row] = await db.insert(centreClosures).values(closure).returning();
  return row!;
}

/** Takes a closure off the calendar; the sessions it cancelled stay cancelled (families were told). */
export async function deleteCentreClosure(db: Db, closureId: string) {
  const [row] = await db
    .delete(centreClosures)
    .where(eq(centreClosures.id, closureId))
    .returning({ id: centreClosures.id, from: centreClosures.startsOn, to: centreClosures.endsOn, reason: centreClosures.reason });
  return row ?? null;
}

/** Closures overlapping a date range, as the domain's CentreClosure ({ from, to, reason }). */
export function centreClosuresBetween(db: Db, p: { centreId: string; from: string; to: string }) {
  return db
    .select({ id: centreClosures.id, from: centreClosures.startsOn, to: centreClosures.endsOn, reason: centreClosures.reason })
    .from(centreClosures)
    .where(and(eq(centreClosures.centreId, p.centreId), lte(centreClosures.startsOn, p.to), gte(centreClosures.endsOn, p.from)))
    .orderBy(asc(centreClosures.startsOn));
}

/** Scheduled sessions at a centre between two London dates: the ones a closure affects. */
export function scheduledSessionsBetween(db: Db, p: { centreId: string; from: string; to: string }) {
  return db
    .select({ id: s.id, date: londonDate(s.startsAt) })
    .from(s)
    .where(and(eq(s.centreId, p.centreId), eq(s.status, "scheduled"), sql`${londonDate(s.startsAt)} between ${p.from} and ${p.to}`))
    .orderBy(asc(s.startsAt));
}
