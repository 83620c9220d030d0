import { listProgrammeRuns, loadProgrammeRun } from "@hearth/db";
import {
  dashboardFigure,
  outcomeMeasureLabels,
  runFigures,
  shareValue,
  type DashboardFilters,
  type DashboardSection,
  type EnrolmentOutcome,
  type OutcomeMeasureKind,
} from "@hearth/domain";
import type { ScopedContext } from "../context";
import { runState } from "../programme-runs/run-state";
import { dashboardScopeFor, sectionHeader } from "./dashboard-scope";

/**
 * Group programmes (issue 15 §2): completion and the share of completers whose outcome measure
 * improved, per programme, over the runs that started in the period (in the area, or at the
 * centre). Worked out by the same run state and figures as the run and programme reports, so the
 * dashboard and a run's own report never disagree. Counts only, nobody's record: no audit row.
 */
export async function programmeDashboardFigures(ctx: ScopedContext, filters: DashboardFilters): Promise<DashboardSection> {
  const scope = await dashboardScopeFor(ctx, filters);
  const s = scope.suppress;
  const runs = (await listProgrammeRuns(ctx.db, { areaIds: scope.areaId ? [scope.areaId] : null })).filter(
    (r) => r.startsOn >= scope.from && r.startsOn <= scope.to,
  );
  const byProgramme = new Map<string, { outcomes: EnrolmentOutcome[]; measures: OutcomeMeasureKind[] }>();
  for (const summary of runs) {
    const run = (await loadProgrammeRun(ctx.db, summary.id))!;
    if (scope.centreId && run.centreId !== scope.centreId) continue;
    const state = await runState(ctx.db, run);
    const entry = byProgramme.get(run.programme.name) ?? { outcomes: [], measures: state.measures };
    entry.outcomes.push(...state.rows.map((r) => ({ completed: r.summary.completed, pairs: r.pairs })));
    byProgramme.set(run.programme.name, entry);
  }
  const programmes = [...byProgramme].sort(([a], [b]) => a.localeCompare(b));
  const figures = programmes.map(([name, p]) => ({ name, figures: runFigures(p.outcomes, p.measures) }));
  return {
    ...sectionHeader(scope),
    figures: [
      dashboardFigure(
        "programme-completion",
        "Families completing a programme",
        "Programme",
        "Share completed",
        figures.map((p) => shareValue(p.name, p.figures.completed, p.figures.enrolled, s)),
        "percent",
      ),
      dashboardFigure(
        "programme-outcomes",
        "Completers whose outcome measure improved",
        "Programme and measure",
        "Share improved",
        figures.flatMap((p) => p.figures.measures.map((m) => shareValue(`${p.name}: ${outcomeMeasureLabels[m.measure]}`, m.improved, m.pairs, s))),
        "percent",
      ),
    ],
  };
}
