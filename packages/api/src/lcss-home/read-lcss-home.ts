import { assessmentsByStatus, decisionFeedbackTimings, nameOfArea, openConsultationsByLocality, overdueTafReviewDates } from "@hearth/db";
import {
  earlyHelpAssessmentStatuses,
  feedbackTimelinessFigure,
  feedbackTimelinessFrom,
  isCountyWide,
  londonDateOf,
  tafReviewLatenessBands,
  tafReviewLateness,
  type LcssHome,
} from "@hearth/domain";
import { TRPCError } from "@trpc/server";
import type { ScopedContext } from "../families/family-view";

/**
 * The LCSS home's four figures for the caller's area; county-wide staff (administrators) see the
 * county. Only counts leave here, so there is no person's record to audit; each list the figures
 * link to audits what it shows when it is opened.
 */
export async function readLcssHome(ctx: ScopedContext): Promise<LcssHome> {
  const countyWide = isCountyWide(ctx.scope.role);
  // Deny by default: staff who are neither county-wide nor in an area have no figures to see.
  if (!countyWide && !ctx.scope.areaId) throw new TRPCError({ code: "FORBIDDEN", message: "You are not in an area" });
  const areaId = countyWide ? null : ctx.scope.areaId;
  const today = londonDateOf(ctx.now());
  const from = feedbackTimelinessFrom(today);
  const [localities, timings, assessments, reviewDates, area] = await Promise.all([
    openConsultationsByLocality(ctx.db, { areaId }),
    decisionFeedbackTimings(ctx.db, { areaId, from }),
    assessmentsByStatus(ctx.db, { areaId }),
    overdueTafReviewDates(ctx.db, { areaId, today }),
    areaId ? nameOfArea(ctx.db, areaId) : Promise.resolve(null),
  ]);
  const bands = new Map<string, number>();
  for (const dueOn of reviewDates) {
    const band = tafReviewLateness(dueOn, today);
    if (band) bands.set(band, (bands.get(band) ?? 0) + 1);
  }
  return {
    areaName: area,
    today,
    openConsultationsByLocality: localities.map((l) => ({
      localityId: l.localityId,
      localityName: l.localityName ?? "Locality not recorded",
      count: l.count,
    })),
    feedback: { from, ...feedbackTimelinessFigure(timings, today) },
    assessmentsByStatus: earlyHelpAssessmentStatuses.map((status) => ({ status, count: assessments.find((a) => a.status === status)?.count ?? 0 })),
    overdueTafReviews: tafReviewLatenessBands.map((band) => ({ band, count: bands.get(band) ?? 0 })),
  };
}
