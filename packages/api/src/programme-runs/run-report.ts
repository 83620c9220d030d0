import { listProgrammeRuns, loadProgrammeRun, reachReference, getProgramme } from "@hearth/db";
import { csvCells, isCountyWide, londonDateOf, outcomeMeasureLabels, runFigures, type RunFigures } from "@hearth/domain";
import { TRPCError } from "@trpc/server";
import type { ScopedContext } from "../families/family-view";
import { audit } from "../trpc";
import { runState } from "./run-state";
import { withRunInScope } from "./scope";

const percent = (share: number | null) => (share === null ? "" : `${(share * 100).toFixed(1)}%`);

function figureRows(figures: RunFigures): (string | number)[][] {
  return [
    ["Enrolled", figures.enrolled],
    ["Completed", figures.completed],
    ["Completion rate", percent(figures.completionRate)],
    ...figures.measures.flatMap((m) => [
      [`${outcomeMeasureLabels[m.measure]}: families with before and after`, m.pairs],
      [`${outcomeMeasureLabels[m.measure]}: mean before`, m.meanBefore ?? ""],
      [`${outcomeMeasureLabels[m.measure]}: mean after`, m.meanAfter ?? ""],
      [`${outcomeMeasureLabels[m.measure]}: mean change`, m.meanChange ?? ""],
      [`${outcomeMeasureLabels[m.measure]}: share with reliable improvement`, percent(m.reliableImprovementShare)],
    ]),
  ];
}

/**
 * A run's report for commissioners: reach (families and children, by area and from the priority
 * neighbourhoods the centres are set to reach), attendance at the sessions held, completion and
 * before → after change. Counts only: no family is named, so one audit row records the read.
 */
export function runReport(ctx: ScopedContext, runId: string) {
  return withRunInScope(ctx, runId, "programmeRuns.report", async (tx, run) => {
    const state = await runState(tx, run);
    const { areaNames, priorityDistricts } = await reachReference(tx);
    const families = new Map(state.rows.map((r) => [r.enrolment.familyId, r.enrolment]));
    const byArea = new Map<string, number>();
    for (const f of families.values()) {
      const area = areaNames.get(f.familyAreaId) ?? "Unknown";
      byArea.set(area, (byArea.get(area) ?? 0) + 1);
    }
    const fromPriority = [...families.values()].filter((f) => f.familyPostcode && priorityDistricts.has(f.familyPostcode.split(" ")[0]!)).length;
    const count = (status: string) => state.marks.filter((m) => m.status === status).length;
    const attendance = {
      attended: count("attended"),
      didNotAttend: count("absent"),
      apologies: count("apologies"),
      rate: state.marks.length ? count("attended") / state.marks.length : null,
    };
    const today = londonDateOf(ctx.now());
    const venue = run.centreName ?? run.venueName ?? "";
    const reach = {
      families: families.size,
      children: new Set(state.rows.map((r) => r.enrolment.personId)).size,
      byArea: [...byArea].map(([area, n]) => ({ area, families: n })).sort((a, b) => a.area.localeCompare(b.area)),
      fromPriorityNeighbourhoods: fromPriority,
    };
    const rows: (string | number)[][] = [
      ["Programme", run.programme.name],
      ["Venue", venue],
      ["First session", run.startsOn],
      ["Sessions held", run.sessionDates.filter((d) => d <= today).length],
      ["Families reached", reach.families],
      ["Children and young people", reach.children],
      ...reach.byArea.map((a) => [`Families from ${a.area}`, a.families]),
      ["Families from priority neighbourhoods", reach.fromPriorityNeighbourhoods],
      ["Attended", attendance.attended],
      ["Did not attend", attendance.didNotAttend],
      ["Apologies", attendance.apologies],
      ["Attendance rate", percent(attendance.rate)],
      ...figureRows(state.figures),
    ];
    await audit(ctx, tx, { action: "programme_run.report", entityType: "programme_run", entityId: run.id });
    return {
      runId: run.id,
      programmeName: run.programme.name,
      venue,
      startsOn: run.startsOn,
      sessionsHeld: run.sessionDates.filter((d) => d <= today).length,
      reach,
      attendance,
      figures: state.figures,
      csv: csvCells([["Figure", "Value"], ...rows]),
    };
  });
}

/** Completion and change over every run of a programme the caller may see. */
export async function programmeFigures(ctx: ScopedContext, programmeId: string) {
  const programme = await getProgramme(ctx.db, programmeId);
  if (!programme) throw new TRPCError({ code: "NOT_FOUND", message: "No programme was found" });
  return ctx.db.transaction(async (tx) => {
    const areaIds = isCountyWide(ctx.staff.role) ? null : ctx.scope.areaId ? [ctx.scope.areaId] : [];
    const runs = await listProgrammeRuns(tx, { areaIds, programmeId });
    const outcomes = [];
    let measures: RunFigures["measures"][number]["measure"][] = [];
    for (const summary of runs) {
      const run = (await loadProgrammeRun(tx, summary.id))!;
      const state = await runState(tx, run);
      measures = state.measures;
      outcomes.push(...state.rows.map((r) => ({ completed: r.summary.completed, pairs: r.pairs })));
    }
    const figures = runFigures(outcomes, measures);
    await audit(ctx, tx, { action: "programme.figures", entityType: "programme", entityId: programme.id, detail: { runs: runs.length } });
    return {
      programmeId: programme.id,
      programmeName: programme.name,
      runs: runs.length,
      figures,
      csv: csvCells([["Figure", "Value"], ["Programme", programme.name], ["Runs", runs.length], ...figureRows(figures)]),
    };
  });
}
