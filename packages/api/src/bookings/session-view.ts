import type { getOpenAccessSession } from "@hearth/db";
import { describeAgeRule, placesLeft, type OpenAccessSessionType } from "@hearth/domain";
import { z } from "zod";

export type SessionRow = NonNullable<Awaited<ReturnType<typeof getOpenAccessSession>>>;

/** The domain's view of a session type, from its row. */
export function sessionTypeOf(type: SessionRow["type"]): OpenAccessSessionType {
  return {
    code: type.code,
    name: type.name,
    description: type.description ?? undefined,
    carerMustStay: type.carerMustStay,
    ageRule: {
      fromMonths: type.fromMonths,
      untilMonths: type.untilMonths,
      extendedUntilMonths: type.extendedUntilMonths ?? undefined,
      unbornWelcome: type.unbornWelcome,
    },
  };
}

export function isBookable(session: Pick<SessionRow, "status" | "startsAt">, now: Date): boolean {
  return session.status === "scheduled" && session.startsAt > now;
}

/** What anyone may see about a session: no names, no bookings, just the place, time and places left. */
export const publicSessionSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  locationNote: z.string().nullable(),
  /** London date and wall-clock times, for display. */
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  /** The same moments as ISO instants, for calendars. */
  startsAt: z.string(),
  endsAt: z.string(),
  centre: z.object({ id: z.string(), name: z.string(), town: z.string(), address: z.string().nullable(), postcode: z.string().nullable() }),
  type: z.object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    /** "under 5", "11 to 19 (up to 25 with SEND or leaving care)" */
    ages: z.string(),
    /** The same in months, so the booking pages can check a child's age as it is entered. */
    ageRule: z.object({
      fromMonths: z.number(),
      untilMonths: z.number(),
      extendedUntilMonths: z.number().optional(),
      unbornWelcome: z.boolean(),
    }),
    carerMustStay: z.boolean(),
  }),
  capacity: z.number(),
  placesLeft: z.number(),
  full: z.boolean(),
  waitingListLength: z.number(),
  status: z.enum(["scheduled", "cancelled"]),
  /** False once it is cancelled or has started. */
  bookable: z.boolean(),
});
export type PublicSession = z.infer<typeof publicSessionSchema>;

export function publicSession(row: SessionRow, now: Date): PublicSession {
  const left = placesLeft(row.capacity, row.bookedCount);
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    locationNote: row.locationNote,
    date: row.date,
    startTime: row.startTime,
    endTime: row.endTime,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    centre: { id: row.centre.id, name: row.centre.name, town: row.centre.town, address: row.centre.address, postcode: row.centre.postcode },
    type: {
      id: row.type.id,
      code: row.type.code,
      name: row.type.name,
      description: row.type.description,
      ages: describeAgeRule(sessionTypeOf(row.type).ageRule),
      ageRule: sessionTypeOf(row.type).ageRule,
      carerMustStay: row.type.carerMustStay,
    },
    capacity: row.capacity,
    placesLeft: left,
    full: left === 0,
    waitingListLength: row.waitlistCount,
    status: row.status,
    bookable: isBookable(row, now),
  };
}
