import { countRequestsAwaitingDecision, listWorkItems, nameOfArea, openCaseCounts } from "@hearth/db";
import { can, canSeeArea, fssHomeTiming, fssHomeTimingKinds, londonDateOf, type FssHome, type WorkItemKind } from "@hearth/domain";
import { teamWorkloadOf } from "../cases/team-workload";
import type { ScopedContext } from "../families/family-view";

/**
 * The FSS home's figures for the caller: their open cases and the visits, reviews and census
 * problems My work holds for them, counted by when they fall; for a manager, the area's intake
 * waiting and each worker's load. Only counts and staff names leave here, so no person's record is
 * read; the lists behind the figures audit what they show.
 */
export async function readFssHome(ctx: ScopedContext): Promise<FssHome> {
  const today = londonDateOf(ctx.now());
  return ctx.db.transaction(async (tx) => {
    const [items, caseCounts] = await Promise.all([
      listWorkItems(tx, {
        staffIds: [ctx.staff.id],
        visitCadence: ctx.config.fss.visitCadence,
        caseReviewWeeks: ctx.config.fss.reviewWeeks,
        today,
      }),
      openCaseCounts(tx, [ctx.staff.id]),
    ]);
    // A task about a family outside the caller's area (assigned before a move) is not theirs to see.
    const seen = items.filter((item) => canSeeArea(ctx.scope, item.areaId));
    const byTiming = (kind: WorkItemKind) =>
      fssHomeTimingKinds.map((timing) => ({
        timing,
        count: seen.filter((item) => item.kind === kind && fssHomeTiming(item.dueOn, today) === timing).length,
      }));
    const areaId = ctx.scope.areaId;
    const team =
      can(ctx.staff.role, "cases.oversee") && areaId
        ? await (async () => {
            const [workload, intakeWaiting, areaName] = await Promise.all([
              teamWorkloadOf(ctx, tx),
              countRequestsAwaitingDecision(tx, areaId),
              nameOfArea(tx, areaId),
            ]);
            const workers = workload.workers.map(({ cases: _cases, ...counts }) => counts);
            return { areaName, intakeWaiting, visitsOverdue: workers.reduce((n, w) => n + w.visitsOverdue, 0), workers };
          })()
        : null;
    return {
      today,
      mine: {
        openCases: caseCounts.get(ctx.staff.id) ?? 0,
        visits: byTiming("case_visit"),
        reviews: byTiming("case_review"),
        censusProblems: seen.filter((item) => item.kind === "census_problem").length,
      },
      team,
    };
  });
}
