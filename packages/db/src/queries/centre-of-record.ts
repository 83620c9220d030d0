import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { bookings, centreClosures, centres, openAccessSessions as s, sessionSeries } from "../schema";

/**
 * Which centre a session, series, closure or booking belongs to, for the API's scope checks:
 * centre staff act only for their own centre, managers for their area's.
 */

const centreRef = { id: centres.id, name: centres.name, areaId: centres.areaId };

export async function centreOfSession(db: Db, sessionId: string) {
  const [row] = await db.select(centreRef).from(s).innerJoin(centres, eq(centres.id, s.centreId)).where(eq(s.id, sessionId));
  return row ?? null;
}

export async function centreOfSeries(db: Db, seriesId: string) {
  const [row] = await db
    .select(centreRef)
    .from(sessionSeries)
    .innerJoin(centres, eq(centres.id, sessionSeries.centreId))
    .where(eq(sessionSeries.id, seriesId));
  return row ?? null;
}

export async function centreOfClosure(db: Db, closureId: string) {
  const [row] = await db
    .select(centreRef)
    .from(centreClosures)
    .innerJoin(centres, eq(centres.id, centreClosures.centreId))
    .where(eq(centreClosures.id, closureId));
  return row ?? null;
}

export async function centreOfBooking(db: Db, bookingId: string) {
  const [row] = await db
    .select(centreRef)
    .from(bookings)
    .innerJoin(s, eq(s.id, bookings.sessionId))
    .innerJoin(centres, eq(centres.id, s.centreId))
    .where(eq(bookings.id, bookingId));
  return row ?? null;
}
