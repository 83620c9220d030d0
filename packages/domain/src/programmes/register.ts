import { z } from "zod";
import { isoDateSchema, type IsoDate } from "../calendar/iso-date";
import { attendanceStatuses, type AttendanceRecord } from "./attendance";

/** The register's words for each mark, as the centre register says them. */
export const attendanceStatusLabels: Record<(typeof attendanceStatuses)[number], string> = {
  attended: "Attended",
  absent: "Did not attend",
  apologies: "Apologies",
};

/** One session's register, taken on a tablet: a mark for each family enrolled. */
export const programmeRegisterSchema = z.object({
  runId: z.uuid({ error: "Unknown run" }),
  sessionDate: isoDateSchema,
  marks: z
    .array(
      z.object({
        enrolmentId: z.uuid({ error: "Unknown enrolment" }),
        status: z.enum(attendanceStatuses, { error: "Mark the family as attended, did not attend or sent apologies" }),
      }),
    )
    .min(1, "Mark at least one family")
    .max(40)
    .refine((m) => new Set(m.map((x) => x.enrolmentId)).size === m.length, "Mark each family once"),
});
export type ProgrammeRegister = z.infer<typeof programmeRegisterSchema>;

export const programmeRegisterReadSchema = z.object({ runId: z.uuid({ error: "Unknown run" }), sessionDate: isoDateSchema });

/** Why a register cannot be taken for this date, or null: only the run's own sessions, from their day. */
export function registerRefusal(sessionDates: readonly IsoDate[], sessionDate: IsoDate, today: IsoDate): string | null {
  if (!sessionDates.includes(sessionDate)) return "This run has no session on that date";
  if (sessionDate > today) return "The register opens on the day of the session";
  return null;
}

/**
 * Whether the family's two most recent marked sessions were both missed (did not attend or
 * apologies): the facilitator rings them before they drop out.
 */
export function missedTwoInARow(records: readonly Pick<AttendanceRecord, "sessionDate" | "status">[]): boolean {
  const lastTwo = [...records].sort((a, b) => a.sessionDate.localeCompare(b.sessionDate)).slice(-2);
  return lastTwo.length === 2 && lastTwo.every((r) => r.status !== "attended");
}
