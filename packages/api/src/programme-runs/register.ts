import { recordProgrammeAttendance, setEnrolmentStatuses } from "@hearth/db";
import { londonDateOf, registerRefusal, type ProgrammeRegister } from "@hearth/domain";
import type { ScopedContext } from "../families/family-view";
import { auditAll, fieldError } from "../trpc";
import { readRun } from "./read-run";
import { runState } from "./run-state";
import { withRunInScope } from "./scope";

/** One session's register, to take on a tablet: each family enrolled, with its mark so far. */
export async function sessionRegister(ctx: ScopedContext, input: { runId: string; sessionDate: string }) {
  const run = await readRun(ctx, input.runId, input.sessionDate);
  const refusal = registerRefusal(run.sessionDates, input.sessionDate, londonDateOf(ctx.now()));
  if (refusal) throw fieldError("sessionDate", refusal);
  return {
    runId: run.id,
    programmeName: run.programme.name,
    sessionDate: input.sessionDate,
    sessionNumber: run.sessionDates.indexOf(input.sessionDate) + 1,
    entries: run.enrolments,
  };
}

/**
 * Takes (or corrects) a session's register in one transaction, then works out completion by the
 * programme's rule: a family who has now attended enough sessions is marked completed. A session
 * that has not happened yet has no register.
 */
export function takeRegister(ctx: ScopedContext, input: ProgrammeRegister) {
  return withRunInScope(ctx, input.runId, "programmeRuns.recordRegister", async (tx, run) => {
    const refusal = registerRefusal(run.sessionDates, input.sessionDate, londonDateOf(ctx.now()));
    if (refusal) throw fieldError("sessionDate", refusal);
    const before = await runState(tx, run);
    const onRun = new Map(before.rows.map((r) => [r.enrolment.id, r.enrolment]));
    const stranger = input.marks.findIndex((m) => !onRun.has(m.enrolmentId));
    if (stranger >= 0) throw fieldError(`marks.${stranger}.enrolmentId`, "This family is not enrolled on this run");
    await recordProgrammeAttendance(tx, {
      records: input.marks.map((m) => ({ ...m, sessionDate: input.sessionDate })),
      recordedBy: ctx.staff.id,
    });
    const after = await runState(tx, run);
    const completed = after.rows.filter((r) => r.summary.completed && r.enrolment.status === "enrolled").map((r) => r.enrolment.id);
    // A correction can take a family back below the rule; completion follows the register.
    const notYet = after.rows.filter((r) => !r.summary.completed && r.enrolment.status === "completed").map((r) => r.enrolment.id);
    await setEnrolmentStatuses(tx, { enrolmentIds: completed, status: "completed", now: ctx.now() });
    await setEnrolmentStatuses(tx, { enrolmentIds: notYet, status: "enrolled", now: ctx.now() });
    await auditAll(
      ctx,
      tx,
      input.marks.map((m) => ({
        action: "programme_attendance.record",
        entityType: "person",
        entityId: onRun.get(m.enrolmentId)!.personId,
        detail: { runId: run.id, sessionDate: input.sessionDate, status: m.status },
      })),
    );
    return { runId: run.id, sessionDate: input.sessionDate, marked: input.marks.length, completed: completed.length };
  });
}
