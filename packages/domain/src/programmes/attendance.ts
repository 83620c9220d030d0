import { z } from "zod";
import { isoDateSchema } from "../calendar/iso-date";
import { measureChange, type ChangeOptions, type MeasureChange } from "../assessments/measure-change";
import { sessionsNeededToComplete, type Programme } from "./programme-catalogue";

export const attendanceStatuses = ["attended", "absent", "apologies"] as const;

export const attendanceRecordSchema = z.object({
  enrolmentId: z.uuid({ error: "Unknown enrolment" }),
  sessionDate: isoDateSchema,
  status: z.enum(attendanceStatuses, {
    error: "Mark the family as attended, absent or sent apologies",
  }),
});
export type AttendanceRecord = z.infer<typeof attendanceRecordSchema>;

export interface AttendanceSummary {
  attended: number;
  sessionsHeld: number;
  needed: number;
  /** Attended ÷ the programme's number of sessions, 0–1. */
  share: number;
  completed: boolean;
  /** Whether completion is still possible with the sessions left. */
  canStillComplete: boolean;
}

/** Apologies count as absence for completion: the family still missed the content. */
export function attendanceSummary(
  programme: Pick<Programme, "numberOfSessions" | "completionShare">,
  records: readonly Pick<AttendanceRecord, "sessionDate" | "status">[],
): AttendanceSummary {
  const byDate = new Map(records.map((r) => [r.sessionDate, r.status]));
  const attended = [...byDate.values()].filter((s) => s === "attended").length;
  const sessionsHeld = byDate.size;
  const needed = sessionsNeededToComplete(programme);
  const remaining = Math.max(0, programme.numberOfSessions - sessionsHeld);
  return {
    attended,
    sessionsHeld,
    needed,
    share: Math.min(1, attended / programme.numberOfSessions),
    completed: attended >= needed,
    canStillComplete: attended + remaining >= needed,
  };
}

/** Before → after on a programme's outcome measure, only for families who completed. */
export function programmeOutcomeChange(
  summary: Pick<AttendanceSummary, "completed">,
  before: number | null,
  after: number | null,
  options: ChangeOptions,
): MeasureChange | null {
  if (!summary.completed || before === null || after === null) return null;
  return measureChange(before, after, options);
}
