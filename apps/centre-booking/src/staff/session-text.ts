import type { RouterOutputs } from "@hearth/api";

export type StaffSession = RouterOutputs["centreSessions"]["list"][number];

/** "10:00 to 11:30", as staff read times on the centre's timetable. */
export function sessionTime(session: Pick<StaffSession, "startTime" | "endTime">): string {
  return `${session.startTime} to ${session.endTime}`;
}
