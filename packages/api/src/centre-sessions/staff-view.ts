import { londonDateOf } from "@hearth/domain";
import type { SessionRow } from "../bookings/session-view";

/** A session as staff list it: counts, not names. */
export function staffSession(row: SessionRow) {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    locationNote: row.locationNote,
    date: row.date,
    startTime: row.startTime,
    endTime: row.endTime,
    status: row.status,
    seriesId: row.seriesId,
    capacity: row.capacity,
    bookedCount: row.bookedCount,
    waitlistCount: row.waitlistCount,
    placesLeft: Math.max(0, row.capacity - row.bookedCount),
    type: { id: row.type.id, code: row.type.code, name: row.type.name },
    centre: { id: row.centre.id, name: row.centre.name },
  };
}
export type StaffSession = ReturnType<typeof staffSession>;

const londonClock = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** Whether a London date and time is still to come at `now`. */
export function isStillToCome(date: string, time: string, now: Date): boolean {
  const today = londonDateOf(now);
  return date > today || (date === today && time > londonClock.format(now));
}
