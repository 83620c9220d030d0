import { attendanceOfEnrolments, enrolmentsOfRun, measurementsOfEnrolments, type Db, type LoadedProgrammeRun } from "@hearth/db";
import { attendanceSummary, missedTwoInARow, outcomeMeasureKinds, runFigures, type EnrolmentOutcome, type OutcomeMeasureKind } from "@hearth/domain";

/** The measures a programme uses, as the domain names them (the catalogue stores them as text). */
export function measuresOf(run: LoadedProgrammeRun): OutcomeMeasureKind[] {
  return run.programme.outcomeMeasures.filter((m): m is OutcomeMeasureKind => (outcomeMeasureKinds as readonly string[]).includes(m));
}

/**
 * Everything a run's pages work out from its enrolments: each family's attendance against the
 * programme's completion rule, whether they have missed the last two sessions, and their before
 * and after measures; and the run's completion and change figures from those.
 */
export async function runState(db: Db, run: LoadedProgrammeRun) {
  const enrolments = await enrolmentsOfRun(db, run.id);
  const ids = enrolments.map((e) => e.id);
  const [marks, measurements] = await Promise.all([attendanceOfEnrolments(db, ids), measurementsOfEnrolments(db, ids)]);
  const measures = measuresOf(run);
  const rows = enrolments.map((e) => {
    const own = marks.filter((m) => m.enrolmentId === e.id);
    const summary = attendanceSummary(run.programme, own);
    const pairs: EnrolmentOutcome["pairs"] = {};
    for (const measure of measures) {
      const before = measurements.find((m) => m.enrolmentId === e.id && m.measure === measure && m.point === "before");
      const after = measurements.find((m) => m.enrolmentId === e.id && m.measure === measure && m.point === "after");
      if (before?.total != null && after?.total != null) pairs[measure] = { before: before.total, after: after.total };
    }
    return { enrolment: e, marks: own, summary, missedTwoInARow: missedTwoInARow(own), pairs };
  });
  const figures = runFigures(
    rows.map((r) => ({ completed: r.summary.completed, pairs: r.pairs })),
    measures,
  );
  return { rows, marks, figures, measures };
}
export type RunState = Awaited<ReturnType<typeof runState>>;
