import { and, asc, eq, gt, inArray, lte, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { centres, openAccessSessions, sessionTypes } from "../schema";
import { centreMatchesPlace } from "./centre-search";
import { rawRows } from "./raw";

/**
 * Sessions happen at wall-clock times in England. They are stored as instants and turned back into
 * a London date and time here, in SQL, so no code has to know when the clocks change.
 */
export const londonDate = (column: SQL | typeof openAccessSessions.startsAt) =>
  sql<string>`to_char(${column} at time zone 'Europe/London', 'YYYY-MM-DD')`;
export const londonTime = (column: typeof openAccessSessions.startsAt | typeof openAccessSessions.endsAt) =>
  sql<string>`to_char(${column} at time zone 'Europe/London', 'HH24:MI')`;
/** The instant of a date and time in England (BST or GMT, whichever applies that day). */
export const londonInstant = (date: string, time: string) => sql`((${date}::date + ${time}::time) at time zone 'Europe/London')`;

const s = openAccessSessions;

const sessionColumns = {
  id: s.id,
  title: s.title,
  description: s.description,
  locationNote: s.locationNote,
  status: s.status,
  seriesId: s.seriesId,
  startsAt: s.startsAt,
  endsAt: s.endsAt,
  date: londonDate(s.startsAt),
  startTime: londonTime(s.startsAt),
  endTime: londonTime(s.endsAt),
  capacity: s.capacity,
  bookedCount: s.bookedCount,
  waitlistCount: s.waitlistCount,
  centre: {
    id: centres.id,
    name: centres.name,
    kind: centres.kind,
    town: centres.town,
    address: centres.address,
    postcode: centres.postcode,
    areaId: centres.areaId,
  },
  type: {
    id: sessionTypes.id,
    code: sessionTypes.code,
    name: sessionTypes.name,
    description: sessionTypes.description,
    fromMonths: sessionTypes.fromMonths,
    untilMonths: sessionTypes.untilMonths,
    extendedUntilMonths: sessionTypes.extendedUntilMonths,
    unbornWelcome: sessionTypes.unbornWelcome,
    carerMustStay: sessionTypes.carerMustStay,
  },
};

function sessionsWithCentreAndType(db: Db) {
  return db
    .select(sessionColumns)
    .from(s)
    .innerJoin(centres, eq(centres.id, s.centreId))
    .innerJoin(sessionTypes, eq(sessionTypes.id, s.sessionTypeId));
}

export type OpenAccessSessionView = Awaited<ReturnType<typeof getOpenAccessSession>> & {};

export function listSessionTypes(db: Db) {
  return db.select().from(sessionTypes).orderBy(asc(sessionTypes.fromMonths), asc(sessionTypes.name));
}

export async function getSessionType(db: Db, sessionTypeId: string) {
  const [row] = await db.select().from(sessionTypes).where(eq(sessionTypes.id, sessionTypeId));
  return row ?? null;
}

function sessionByIdQuery(db: Db) {
  return sessionsWithCentreAndType(db).where(eq(s.id, sql.placeholder("sessionId")));
}
// Every booking reads its session first: kept prepared, so PostgreSQL plans it once per connection.
const sessionById = new WeakMap<Db, ReturnType<ReturnType<typeof sessionByIdQuery>["prepare"]>>();

export async function getOpenAccessSession(db: Db, sessionId: string) {
  let query = sessionById.get(db);
  if (!query) sessionById.set(db, (query = sessionByIdQuery(db).prepare("open_access_session_by_id")));
  const [row] = await query.execute({ sessionId });
  return row ?? null;
}

export interface SessionSearchParams {
  from: string;
  to: string;
  now: Date;
  centreId?: string;
  /** A town, place, centre's name or postcode, as typed (see centreMatchesPlace). */
  town?: string;
  /** Sessions whose age band (including the SEND extension) overlaps this age in whole years. */
  childAgeYears?: number;
  sessionTypeId?: string;
  limit: number;
}

/** Sessions a family could still book, soonest first. Cancelled and started sessions are left out. */
export function searchOpenAccessSessions(db: Db, p: SessionSearchParams) {
  const conditions: (SQL | undefined)[] = [
    eq(s.status, "scheduled"),
    gt(s.startsAt, p.now),
    sql`${londonDate(s.startsAt)} between ${p.from} and ${p.to}`,
    p.centreId ? eq(s.centreId, p.centreId) : undefined,
    p.town ? centreMatchesPlace(p.town) : undefined,
    p.sessionTypeId ? eq(s.sessionTypeId, p.sessionTypeId) : undefined,
  ];
  if (p.childAgeYears !== undefined) {
    const youngest = p.childAgeYears * 12;
    const oldest = youngest + 11;
    conditions.push(lte(sessionTypes.fromMonths, oldest), or(gt(sessionTypes.untilMonths, youngest), gt(sessionTypes.extendedUntilMonths, youngest)));
  }
  return sessionsWithCentreAndType(db)
    .where(and(...conditions))
    .orderBy(asc(s.startsAt), asc(centres.name))
    .limit(p.limit);
}

/** Every session at a centre between two London dates, cancelled ones included, for staff. */
export function listCentreSessions(db: Db, p: { centreId: string; from: string; to: string }) {
  return sessionsWithCentreAndType(db)
    .where(and(eq(s.centreId, p.centreId), sql`${londonDate(s.startsAt)} between ${p.from} and ${p.to}`))
    .orderBy(asc(s.startsAt));
}

export interface NewOpenAccessSession {
  centreId: string;
  sessionTypeId: string;
  seriesId?: string | null;
  title: string;
  description?: string | null;
  locationNote?: string | null;
  date: string;
  startTime: string;
  endTime: string;
  capacity: number;
  createdBy: string | null;
}

export async function insertOpenAccessSessions(db: Db, sessions: NewOpenAccessSession[]) {
  if (!sessions.length) return [];
  return db
    .insert(s)
    .values(
      sessions.map((n) => ({
        centreId: n.centreId,
        sessionTypeId: n.sessionTypeId,
        seriesId: n.seriesId ?? null,
        title: n.title,
        description: n.description ?? null,
        locationNote: n.locationNote ?? null,
        startsAt: londonInstant(n.date, n.startTime),
        endsAt: londonInstant(n.date, n.endTime),
        capacity: n.capacity,
        createdBy: n.createdBy,
      })),
    )
    .returning({ id: s.id });
}

export interface OpenAccessSessionChanges {
  title?: string;
  description?: string | null;
  locationNote?: string | null;
  /** London date and times, given together when the session moves. */
  when?: { date: string; startTime: string; endTime: string };
  capacity?: number;
  centreId?: string;
}

/**
 * Changes a session's details. Capacity may not go below the places already booked: the check
 * constraint refuses it, and the caller says so in words first.
 */
export async function updateOpenAccessSession(db: Db, sessionId: string, changes: OpenAccessSessionChanges) {
  const { when, ...rest } = changes;
  const set = {
    ...rest,
    ...(when ? { startsAt: londonInstant(when.date, when.startTime), endsAt: londonInstant(when.date, when.endTime) } : {}),
  };
  if (!Object.keys(set).length) return;
  await db.update(s).set(set).where(eq(s.id, sessionId));
}

/**
 * Locks a session's row until the transaction ends. Everything that changes a session's places or
 * its bookings takes this lock first, so they queue in one order and cannot deadlock.
 */
export async function lockOpenAccessSession(db: Db, sessionId: string) {
  const [row] = await rawRows<{
    status: "scheduled" | "cancelled";
    capacity: number;
    booked_count: number;
    waitlist_count: number;
    starts_ms: number;
  }>(
    db,
    sql`select status, capacity, booked_count, waitlist_count, (extract(epoch from starts_at) * 1000)::float8 as starts_ms
          from open_access_sessions where id = ${sessionId} for update`,
  );
  return row
    ? {
        status: row.status,
        capacity: row.capacity,
        bookedCount: row.booked_count,
        waitlistCount: row.waitlist_count,
        startsAt: new Date(Number(row.starts_ms)),
      }
    : null;
}

export function sessionsByIds(db: Db, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return sessionsWithCentreAndType(db).where(inArray(s.id, ids));
}
