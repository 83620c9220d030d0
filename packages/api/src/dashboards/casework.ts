import { fssCaseloads, statutoryEpisodeCounts, visitedCaseChildren } from "@hearth/db";
import {
  caseChildCategoryLabels,
  countValue,
  dashboardFigure,
  nextVisitDue,
  ratePer10000,
  shareValue,
  type CaseChildCategory,
  type DashboardFilters,
  type DashboardSection,
  type DashboardValue,
} from "@hearth/domain";
import type { ScopedContext } from "../context";
import { censusReadiness } from "./census-readiness";
import { dashboardScopeFor, sectionHeader } from "./dashboard-scope";

/** Categories with a statutory visiting cadence: the only ones a visit can be late for. */
const visitedCategories: CaseChildCategory[] = ["child_in_need", "child_protection_plan"];

/** A rate per 10,000 children, suppressed with the count it is worked from, or it would give it back. */
function rateValue(label: string, count: number, population: number | undefined, suppress: boolean): DashboardValue {
  const shown = countValue(label, count, suppress);
  return shown.suppressed ? shown : { label, value: ratePer10000(count, population), suppressed: false };
}

/**
 * The FSS figures (issue 15 §2): caseloads on the period's last day, visits up to date now,
 * children in need and on child protection plans (counts and rates per 10,000 children) and
 * census readiness. Counts only, nobody's record: no audit row. Visits and census readiness are
 * judged today, since they are about work still to do; the caseloads and episodes at the period's end.
 */
export async function caseworkFigures(ctx: ScopedContext, filters: DashboardFilters): Promise<DashboardSection> {
  const scope = await dashboardScopeFor(ctx, filters);
  const s = scope.suppress;
  const [caseloads, children, episodes, census] = await Promise.all([
    fssCaseloads(ctx.db, scope),
    visitedCaseChildren(ctx.db, scope),
    statutoryEpisodeCounts(ctx.db, scope),
    censusReadiness(ctx, scope),
  ]);
  const visits = visitedCategories.map((category) => {
    const due = children
      .filter((c) => c.category === category)
      .map((c) => nextVisitDue(c.category, c.lastSeenOn, c.openedOn, ctx.config.fss.visitCadence));
    const upToDate = due.filter((d) => d !== null && d >= scope.today).length;
    return shareValue(caseChildCategoryLabels[category], upToDate, due.length, s);
  });

  // An area's manager sees their team's loads; the county sees each area's.
  const loads = new Map<string, { families: number; children: number }>();
  for (const row of caseloads) {
    const key = scope.areaId ? row.workerName : row.areaName;
    const load = loads.get(key) ?? { families: 0, children: 0 };
    loads.set(key, { families: load.families + row.families, children: load.children + row.children });
  }
  const population = (code: string) => ctx.config.dashboards.childPopulation[code];
  const by = scope.areaId ? "Key worker" : "Area";
  return {
    ...sectionHeader(scope),
    figures: [
      dashboardFigure(
        "fss-caseloads",
        "Families on open FSS cases",
        by,
        "Families",
        [...loads].map(([k, l]) => countValue(k, l.families, s)),
      ),
      dashboardFigure(
        "fss-case-children",
        "Children on open FSS cases",
        by,
        "Children",
        [...loads].map(([k, l]) => countValue(k, l.children, s)),
      ),
      dashboardFigure("visits-on-time", "Children whose visits are up to date", "Category", "Share up to date", visits, "percent"),
      dashboardFigure(
        "children-in-need",
        "Children in need",
        "Area",
        "Children",
        episodes.map((e) => countValue(e.areaName, e.childrenInNeed, s)),
      ),
      dashboardFigure(
        "children-in-need-rate",
        "Children in need per 10,000 children",
        "Area",
        "Rate",
        episodes.map((e) => rateValue(e.areaName, e.childrenInNeed, population(e.areaCode), s)),
        "per10000",
      ),
      dashboardFigure(
        "cp-plans",
        "Children on child protection plans",
        "Area",
        "Children",
        episodes.map((e) => countValue(e.areaName, e.onCpPlans, s)),
      ),
      dashboardFigure(
        "cp-plans-rate",
        "Children on child protection plans per 10,000 children",
        "Area",
        "Rate",
        episodes.map((e) => rateValue(e.areaName, e.onCpPlans, population(e.areaCode), s)),
        "per10000",
      ),
      dashboardFigure("census-readiness", "Census readiness of children in need", "Census record", "Children", [
        countValue("Ready for the census", census.children - census.withProblems, s),
        countValue("With census problems to put right", census.withProblems, s),
      ]),
    ],
  };
}
