import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { bookingChildren, bookings, people, sessionAttendances } from "../schema";
import { rawRows } from "./raw";

export type AttendanceStatus = (typeof sessionAttendances.$inferSelect)["status"];

/** Marks a child attended or not; marking again changes the mark (a tablet tap corrected). */
export async function recordAttendance(
  db: Db,
  p: {
    sessionId: string;
    personId: string;
    bookingId: string | null;
    familyId: string | null;
    status: AttendanceStatus;
    walkIn: boolean;
    recordedBy: string;
    now: Date;
  },
) {
  const [row] = await db
    .insert(sessionAttendances)
    .values({ ...p, recordedAt: p.now })
    .onConflictDoUpdate({
      target: [sessionAttendances.sessionId, sessionAttendances.personId],
      set: { status: p.status, recordedBy: p.recordedBy, recordedAt: p.now },
    })
    .returning();
  return row!;
}

/** The booked booking that brings this child to this session, if any. */
export async function bookingOfChild(db: Db, p: { sessionId: string; personId: string }) {
  const [row] = await db
    .select({ bookingId: bookings.id, familyId: bookings.familyId })
    .from(bookingChildren)
    .innerJoin(bookings, eq(bookings.id, bookingChildren.bookingId))
    .where(and(eq(bookings.sessionId, p.sessionId), eq(bookings.status, "booked"), eq(bookingChildren.personId, p.personId)));
  return row ?? null;
}

export async function attendanceOf(db: Db, p: { sessionId: string; personId: string }) {
  const [row] = await db
    .select()
    .from(sessionAttendances)
    .where(and(eq(sessionAttendances.sessionId, p.sessionId), eq(sessionAttendances.personId, p.personId)));
  return row ?? null;
}

/** Every mark on the sessions' registers, with the child's name for walk-ins. */
export function attendanceOfSessions(db: Db, sessionIds: string[]) {
  if (!sessionIds.length) return Promise.resolve([]);
  return db
    .select({
      sessionId: sessionAttendances.sessionId,
      personId: sessionAttendances.personId,
      familyId: sessionAttendances.familyId,
      bookingId: sessionAttendances.bookingId,
      status: sessionAttendances.status,
      walkIn: sessionAttendances.walkIn,
      firstName: people.firstName,
      lastName: people.lastName,
      dateOfBirth: people.dateOfBirth,
    })
    .from(sessionAttendances)
    .innerJoin(people, eq(people.id, sessionAttendances.personId))
    .where(inArray(sessionAttendances.sessionId, sessionIds))
    .orderBy(asc(people.firstName));
}

const month = (column: unknown) => sql`to_char(${column} at time zone 'Europe/London', 'YYYY-MM')`;

/**
 * Reach counts per London month for one centre: families seen for the first time (their first
 * booking or attendance here), attendances, different children seen, how many of those were under
 * 5 on the day and how many live in the centre's reach postcode districts.
 */
export async function reachCounts(db: Db, p: { centreId: string; fromMonth: string; toMonth: string }) {
  const rows = await rawRows<{
    month: string;
    families_registered: number;
    attendances: number;
    children_seen: number;
    children_under5: number;
    children_from_reach_area: number;
  }>(
    db,
    sql`
    with att as (
      select a.person_id, a.family_id, ${month(sql`s.starts_at`)} as month, (s.starts_at at time zone 'Europe/London')::date as day
        from session_attendances a join open_access_sessions s on s.id = a.session_id
       where s.centre_id = ${p.centreId}::uuid and a.status = 'attended'
         and ${month(sql`s.starts_at`)} between ${p.fromMonth} and ${p.toMonth}
    ),
    child as (
      select att.month, att.person_id, count(*) as visits,
             bool_or(att.day < (p.date_of_birth + interval '5 years')::date) as under5,
             bool_or(split_part(coalesce(p.postcode, f.postcode, ''), ' ', 1) = any(c.reach_postcode_districts)) as local
        from att join people p on p.id = att.person_id
        left join families f on f.id = att.family_id
        cross join centres c
       where c.id = ${p.centreId}::uuid
       group by att.month, att.person_id
    ),
    firsts as (
      select family_id, min(month) as month from (
        select b.family_id, ${month(sql`b.created_at`)} as month
          from bookings b join open_access_sessions s on s.id = b.session_id where s.centre_id = ${p.centreId}::uuid
        union all
        select a.family_id, ${month(sql`s.starts_at`)}
          from session_attendances a join open_access_sessions s on s.id = a.session_id
         where s.centre_id = ${p.centreId}::uuid and a.family_id is not null and a.status = 'attended'
      ) e group by family_id
    ),
    months as (select month from child union select month from firsts)
    select m.month,
           (select count(*) from firsts where firsts.month = m.month)::int as families_registered,
           coalesce((select sum(visits) from child where child.month = m.month), 0)::int as attendances,
           (select count(*) from child where child.month = m.month)::int as children_seen,
           (select count(*) from child where child.month = m.month and under5)::int as children_under5,
           (select count(*) from child where child.month = m.month and local)::int as children_from_reach_area
      from months m
     where m.month between ${p.fromMonth} and ${p.toMonth}
     order by m.month`,
  );
  return rows.map((r) => ({
    month: r.month,
    familiesRegistered: r.families_registered,
    attendances: r.attendances,
    childrenSeen: r.children_seen,
    childrenUnder5: r.children_under5,
    childrenFromReachArea: r.children_from_reach_area,
  }));
}
