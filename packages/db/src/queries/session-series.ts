import { and, asc, eq, gt } from "drizzle-orm";
import type { Db } from "../client";
import { openAccessSessions as s, sessionSeries } from "../schema";
import { londonDate } from "./open-access-sessions";

/** Weekly series of open-access sessions: the series row, and the sessions of it still to come. */

export type NewSessionSeries = typeof sessionSeries.$inferInsert;

export async function insertSessionSeries(db: Db, series: NewSessionSeries) {
  const [row] = await db.insert(sessionSeries).values(series).returning();
  return row!;
}

export async function getSessionSeries(db: Db, seriesId: string) {
  const [row] = await db.select().from(sessionSeries).where(eq(sessionSeries.id, seriesId));
  return row ?? null;
}

export async function updateSessionSeries(db: Db, seriesId: string, changes: Partial<NewSessionSeries>) {
  await db.update(sessionSeries).set(changes).where(eq(sessionSeries.id, seriesId));
}

/** The series' sessions that have not started, which a change to the series applies to. */
export function upcomingSessionsOfSeries(db: Db, p: { seriesId: string; now: Date }) {
  return db
    .select({ id: s.id, date: londonDate(s.startsAt), bookedCount: s.bookedCount, status: s.status })
    .from(s)
    .where(and(eq(s.seriesId, p.seriesId), gt(s.startsAt, p.now)))
    .orderBy(asc(s.startsAt));
}
