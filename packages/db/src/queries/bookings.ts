import { eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import type { HotTransaction } from "../hot-transaction";
import { bookings } from "../schema";
import type { AuditEvent } from "./audit";
import { claimCtes } from "./places";
import { isNotNullViolation } from "./errors";
import { rawRows, textArray } from "./raw";

/**
 * Making a booking: the family locks, the counts fair use needs, and the statement that claims the
 * places and writes the bookings. Changes to a booking afterwards are in booking-changes.ts, and a
 * session's bookings as staff see them in session-bookings.ts.
 */

export type BookingStatus = (typeof bookings.$inferSelect)["status"];
export type BookingCancelledBy = NonNullable<(typeof bookings.$inferSelect)["cancelledBy"]>;

/** The key that serialises bookings which could belong to one family: the postcode, without spaces. */
export const bookingFamilyKey = (postcode: string) => postcode.replace(/\s+/g, "").toUpperCase();

/** Transaction-level advisory locks on `keys`, taken in sorted order so two takers never deadlock. */
async function lockKeys(db: Db, keys: readonly string[]): Promise<void> {
  const sorted = [...new Set(keys)].sort();
  await rawRows(
    db,
    sql`select count(pg_advisory_xact_lock(hashtextextended(k, 0)))
          from (select k from unnest(${textArray(sorted)}::text[]) k order by k) keys`,
  );
}

/**
 * Serialises bookings that could belong to one family (the same postcode) for the rest of the
 * transaction: matching the family, counting its bookings for fair use and spotting a double
 * submit then see each other's work. Different families never wait for each other.
 */
export function lockBookingFamilyKeys(db: Db, postcodes: readonly string[]): Promise<void> {
  return lockKeys(
    db,
    postcodes.map((p) => `booking-family:${bookingFamilyKey(p)}`),
  );
}

/**
 * Serialises bookings for families already in the index, by family, once they have been matched:
 * a family whose children's records carry different postcodes (a child's own postcode is what
 * matches) can be matched under two postcodes' locks, and would otherwise count its bookings for
 * fair use while its other booking was not yet committed. Taken after
 * the postcode locks, never before, so the two kinds cannot wait on each other in a circle.
 */
export function lockBookingFamilies(db: Db, familyIds: readonly string[]): Promise<void> {
  return lockKeys(
    db,
    familyIds.map((id) => `booking-family-id:${id}`),
  );
}

export async function findBookingByIdempotencyKey(db: Db, idempotencyKey: string) {
  const [row] = await db
    .select({ id: bookings.id, reference: bookings.reference, status: bookings.status, sessionId: bookings.sessionId })
    .from(bookings)
    .where(eq(bookings.idempotencyKey, idempotencyKey));
  return row ?? null;
}

/**
 * For the fair-use rule: how many future bookings (booked or waiting) the family holds of one
 * session type in a London week, whether it already holds one for this very session, and whether
 * this request repeats one already made (the same idempotency key).
 */
export async function familyBookingLoad(
  db: Db,
  p: { familyId: string; sessionId: string; sessionTypeId: string; weekFrom: string; weekTo: string; now: Date; idempotencyKey: string },
) {
  const [row] = await rawRows<{ held: number; already: boolean; repeat: boolean }>(
    db,
    sql`select count(*) filter (where s.session_type_id = ${p.sessionTypeId}::uuid
                                   and (s.starts_at at time zone 'Europe/London')::date between ${p.weekFrom}::date and ${p.weekTo}::date)::int as held,
               coalesce(bool_or(s.id = ${p.sessionId}::uuid), false) as already,
               exists (select 1 from bookings where idempotency_key = ${p.idempotencyKey}::uuid) as repeat
          from bookings b join open_access_sessions s on s.id = b.session_id
         where b.family_id = ${p.familyId}::uuid and b.status in ('booked', 'waitlisted')
           and s.status = 'scheduled' and s.starts_at > ${p.now.toISOString()}::timestamptz`,
  );
  return { heldThatWeek: row?.held ?? 0, alreadyBooked: row?.already ?? false, repeat: row?.repeat ?? false };
}

export interface NewBooking {
  id: string;
  reference: string;
  idempotencyKey: string;
  familyId: string;
  carerName: string;
  mobile: string | null;
  email: string | null;
  preferredChannel: "sms" | "email";
  postcode: string;
  consentToContact: boolean;
  children: { personId: string; send: boolean }[];
  manageTokenHash: string;
  manageTokenExpiresAt: Date;
  /** Written by the same statement, and only if the booking is. */
  audit: AuditEvent;
}

export interface PlacedBooking {
  id: string;
  status: "booked" | "waitlisted";
  /** The session's counts just after this booking was placed: for a waiting one, its place in line. */
  bookedCount: number;
  waitlistCount: number;
}

/**
 * Claims the places for bookings of one session, in the order given, and writes each booking,
 * its children, its manage link, the message to the family and the audit event — all in ONE
 * statement, the last of the hot transaction, committed in the same round trip (see
 * hotTransaction). Each booking is booked if its places fit once those before it have been
 * placed, otherwise it joins the waiting list (see claimCtes). A batch of many costs one lock of
 * the session row and one commit, which is how one busy session takes hundreds a second.
 *
 * The bookings are handed over first as a transaction-local setting, because the final statement
 * may have no bind parameters.
 *
 * When the session can no longer be booked (cancelled or started since the caller looked), the
 * claim finds no row and the bookings' session_id is null: its NOT NULL constraint fails the
 * statement, so nothing is committed (see isSessionGone).
 */
export async function bookPlaces(
  hot: HotTransaction,
  p: { sessionId: string; now: Date; bookings: readonly NewBooking[] },
): Promise<PlacedBooking[]> {
  const batch = {
    sessionId: p.sessionId,
    now: p.now.toISOString(),
    bookings: p.bookings.map((b, i) => ({
      ...b,
      ord: i + 1,
      places: b.children.length,
      manageTokenExpiresAt: b.manageTokenExpiresAt.toISOString(),
    })),
  };
  await rawRows(hot.tx, sql`select set_config('hearth.bookings', ${JSON.stringify(batch)}, true)`);
  const rows = await hot.finish<{ id: string; status: PlacedBooking["status"]; booked_count: number; waitlist_count: number }>(
    sql`with recursive b as (select current_setting('hearth.bookings')::jsonb as j),
    claim_input as (
      select i.* from b, jsonb_to_recordset(b.j->'bookings') as i(
        ord bigint, places int, id uuid, reference text, "idempotencyKey" uuid, "familyId" uuid, "carerName" text,
        mobile text, email text, "preferredChannel" booking_channel, postcode text, "consentToContact" boolean,
        children jsonb, "manageTokenHash" text, "manageTokenExpiresAt" timestamptz, audit jsonb)
    ),
    ${claimCtes({ sessionId: sql`(select (j->>'sessionId')::uuid from b)`, now: sql`(select (j->>'now')::timestamptz from b)` })},
    booking as (
      insert into bookings (id, session_id, reference, idempotency_key, family_id, carer_name, mobile, email,
                            preferred_channel, postcode, consent_to_contact, places, status, booked_at)
      select i.id, claim.id, i.reference, i."idempotencyKey", i."familyId", i."carerName", i.mobile, i.email,
             i."preferredChannel", i.postcode, i."consentToContact", i.places,
             (case when w.fits then 'booked' else 'waitlisted' end)::booking_status,
             case when w.fits then (select (j->>'now')::timestamptz from b) end
        -- Outer joins: with no session to claim, session_id is null and the statement fails.
        from claim_input i left join walk w on w.ord = i.ord left join claim on true
       -- In arrival order, so queue numbers (the waiting list's order) follow it.
       order by i.ord
      returning id, status
    ),
    children as (
      insert into booking_children (booking_id, person_id, send)
      select booking.id, c."personId", c.send
        from booking join claim_input i on i.id = booking.id, jsonb_to_recordset(i.children) as c("personId" uuid, send boolean)
    ),
    link as (
      insert into booking_manage_tokens (token_hash, booking_id, expires_at)
      select i."manageTokenHash", booking.id, i."manageTokenExpiresAt" from booking join claim_input i on i.id = booking.id
    ),
    message as (
      insert into family_message_outbox (kind, booking_id, session_id)
      select (case when booking.status = 'booked' then 'booking_confirmed' else 'booking_waitlisted' end)::family_message_kind,
             booking.id, (select (j->>'sessionId')::uuid from b)
        from booking
    ),
    audit as (
      insert into audit_events (actor_staff_id, actor_role, action, entity_type, entity_id, outcome, ip, user_agent, detail)
      select (a->>'actorStaffId')::uuid, (a->>'actorRole')::staff_role, a->>'action', a->>'entityType', (a->>'entityId')::uuid,
             'allowed', a->>'ip', a->>'userAgent', a->'detail'
        from booking join claim_input i on i.id = booking.id, lateral (select i.audit as a) audit_event
    )
    select booking.id, booking.status, w.booked_count, w.waitlist_count
      from booking join claim_input i on i.id = booking.id join walk w on w.ord = i.ord
     order by i.ord`,
  );
  return rows.map((row) => ({ id: row.id, status: row.status, bookedCount: row.booked_count, waitlistCount: row.waitlist_count }));
}

/** The booking statement failed because the session could no longer be booked. */
export function isSessionGone(error: unknown): boolean {
  return isNotNullViolation(error, "bookings", "session_id");
}

/** Where a waiting booking stands in the queue: 1 is next. */
export async function waitlistPosition(db: Db, bookingId: string): Promise<number | null> {
  const [row] = await rawRows<{ position: number }>(
    db,
    sql`select count(*)::int as position from bookings w join bookings b on b.session_id = w.session_id
         where b.id = ${bookingId}::uuid and b.status = 'waitlisted' and w.status = 'waitlisted' and w.queue_number <= b.queue_number`,
  );
  return row && row.position > 0 ? row.position : null;
}
