import type { RouterOutputs } from "@hearth/api";

export type StaffSession = RouterOutputs["centreSessions"]["list"][number];

/** "10:00 to 11:30", as staff read times on the centre's timetable. */
export function sessionTime(session: Pick<StaffSession, "startTime" | "endTime">): string {
  return `${session.startTime} to ${session.endTime}`;
}

// Calendar dates are whole days, read as UTC midnights so no time zone moves them.
const tableDate = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });

/** "Wed 25 Nov": long enough to plan by, short enough for a table column on a phone. */
export function tableDay(date: string): string {
  return tableDate.format(new Date(`${date}T00:00:00Z`)).replace(",", "");
}

/** A carer's first name is enough to greet them at the door; the rest stays off the register. */
export const firstName = (fullName: string) => fullName.trim().split(/\s+/)[0] ?? "";
