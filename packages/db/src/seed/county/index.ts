import { and, gte, lte, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { addDays, type IsoDate } from "@hearth/domain";
import type { Db } from "../../client";
import { londonInstant } from "../../queries/open-access-sessions";
import {
  areas,
  bookingChildren,
  bookings,
  centres,
  families,
  familyMembers,
  openAccessSessions,
  people,
  sessionAttendances,
  sessionSeries,
  sessionTypes,
} from "../../schema";
import type { AreaCode } from "../reference-data";
import { generateHouseholds } from "./households";
import { Random, SYNTHETIC_ID_RANGE } from "./random";
import { planSessions } from "./sessions";

export { SYNTHETIC_ID_PREFIX } from "./random";

export interface CountyOptions {
  /** How many people (children and adults together); the full county is 300,000. */
  people: number;
  seed: number;
  today: IsoDate;
  /** Weeks of centre sessions before today (three weeks after today are always planned). */
  weeks: number;
  /** True when NODE_ENV is production: the generator then refuses outright. */
  production: boolean;
  /** Delete an existing synthetic county first, instead of refusing. */
  replace?: boolean;
  onProgress?: (stage: string, done: number, total: number) => void;
}

export interface CountySummary {
  people: number;
  children: number;
  adults: number;
  families: number;
  sessions: number;
  bookings: number;
  attendances: number;
}

export const COUNTY_SCALES = { full: 300_000, small: 2_000 } as const;

export class CountyRefused extends Error {}

/** True when a synthetic county is already in the database. */
export async function hasSyntheticCounty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(people).where(inSyntheticRange(people.id)).limit(1);
  return (row?.n ?? 0) > 0;
}

/**
 * Writes a deterministic, clearly synthetic county (see docs/synthetic-county.md) in one
 * transaction. Never in production: these are not people, and must never be mistaken for them.
 * No audit rows: nobody read or changed a real person's record.
 */
export async function generateCounty(db: Db, options: CountyOptions): Promise<CountySummary> {
  if (options.production)
    throw new CountyRefused("The synthetic county is never written in production.");
  const progress = options.onProgress ?? (() => {});
  const random = new Random(options.seed);

  return db.transaction(async (tx) => {
    if (await hasSyntheticCounty(tx)) {
      if (!options.replace) throw new CountyRefused("A synthetic county is already here. Run with --replace to write a new one over it.");
      await deleteSyntheticCounty(tx, progress);
    }
    const areaRows = await tx.select().from(areas);
    const areaIds = Object.fromEntries(areaRows.map((a) => [a.code, a.id])) as Record<AreaCode, string>;
    const centreRows = await tx.select().from(centres).where(sql`${centres.kind} = 'centre'`).orderBy(centres.slug);
    const typeRows = await tx.select().from(sessionTypes);
    if (centreRows.length === 0 || typeRows.length === 0) throw new CountyRefused("Run the reference seed first (pnpm start does it).");

    progress("households", 0, options.people);
    const made = generateHouseholds(random, options.today, options.people, areaIds);
    const plan = planSessions(random, {
      today: options.today,
      from: addDays(options.today, -7 * options.weeks),
      centres: centreRows.map((c) => ({ id: c.id, slug: c.slug, name: c.name, reach: c.reachPostcodeDistricts })),
      sessionTypeIds: Object.fromEntries(typeRows.map((t) => [t.code, t.id])),
      households: made.households,
    });

    await insertAll(tx, people, made.people, "people", progress);
    await insertAll(tx, families, made.families, "families", progress);
    await insertAll(tx, familyMembers, made.members, "family members", progress);
    await insertAll(tx, sessionSeries, plan.series, "session series", progress);
    const sessions = plan.sessions.map(({ date, startTime, endTime, ...s }) => ({
      ...s,
      startsAt: londonInstant(date as string, startTime as string),
      endsAt: londonInstant(date as string, endTime as string),
    }));
    await insertAll(tx, openAccessSessions, sessions, "sessions", progress);
    await insertAll(tx, bookings, plan.bookings, "bookings", progress);
    await insertAll(tx, bookingChildren, plan.bookingChildren, "booked children", progress);
    await insertAll(tx, sessionAttendances, plan.attendances, "attendances", progress);
    return {
      people: made.people.length,
      children: made.children,
      adults: made.adults,
      families: made.families.length,
      sessions: plan.sessions.length,
      bookings: plan.bookings.length,
      attendances: plan.attendances.length,
    };
  });
}

const inSyntheticRange = (column: typeof people.id) => and(gte(column, SYNTHETIC_ID_RANGE[0]), lte(column, SYNTHETIC_ID_RANGE[1]));

/** Multi-row INSERTs kept under PostgreSQL's 65,535 parameters per statement. */
async function insertAll(tx: Db, table: PgTable, rows: readonly object[], stage: string, progress: NonNullable<CountyOptions["onProgress"]>) {
  const columns = rows[0] ? Object.keys(rows[0]).length : 1;
  const batch = Math.max(1, Math.min(5_000, Math.floor(30_000 / columns)));
  progress(stage, 0, rows.length);
  for (let i = 0; i < rows.length; i += batch) {
    await tx.insert(table).values(rows.slice(i, i + batch));
    progress(stage, Math.min(i + batch, rows.length), rows.length);
  }
}

/** Removes the synthetic county, children of each record first. Real records are never touched. */
async function deleteSyntheticCounty(tx: Db, progress: NonNullable<CountyOptions["onProgress"]>) {
  const [low, high] = SYNTHETIC_ID_RANGE;
  const steps: [string, ReturnType<typeof sql>][] = [
    ["attendances", sql`delete from session_attendances where session_id between ${low} and ${high} or person_id between ${low} and ${high}`],
    ["booked children", sql`delete from booking_children where booking_id between ${low} and ${high} or person_id between ${low} and ${high}`],
    ["bookings", sql`delete from bookings where id between ${low} and ${high}`],
    ["sessions", sql`delete from open_access_sessions where id between ${low} and ${high}`],
    ["session series", sql`delete from session_series where id between ${low} and ${high}`],
    ["family members", sql`delete from family_members where family_id between ${low} and ${high}`],
    ["families", sql`delete from families where id between ${low} and ${high}`],
    ["people", sql`delete from people where id between ${low} and ${high}`],
  ];
  for (const [i, [stage, statement]] of steps.entries()) {
    progress(`removing old ${stage}`, i, steps.length);
    try {
      await tx.execute(statement);
    } catch (error) {
      // 23503: a foreign key still points at the row. Anything else is not ours to explain.
      if ((error as { code?: string }).code !== "23503") throw error;
      throw new CountyRefused(
        `The old synthetic county could not be removed: records made since (a case, a message, a booking) still point at its ${stage}. ` +
          `Start from an empty database instead. (${(error as Error).message})`,
      );
    }
  }
}
