import { consultationCounts, decisionFeedbackTimings, requestForServiceCounts } from "@hearth/db";
import {
  assessmentFramework,
  callerOrganisationKindLabels,
  countValue,
  dashboardFigure,
  feedbackTimelinessFigure,
  feedbackTimelinessLabels,
  sexLabels,
  shareValue,
  thresholdLevels,
  type DashboardFilters,
  type DashboardSection,
} from "@hearth/domain";
import type { ScopedContext } from "../context";
import { dashboardScopeFor, sectionHeader } from "./dashboard-scope";
import { ageBandRows, countsOf, labelledRows } from "./figure-rows";

const levelLabels = Object.fromEntries(Object.values(thresholdLevels).map((l) => [String(l.level), `Level ${l.level}: ${l.name}`]));
const needLabels: Record<string, string> = Object.fromEntries(Object.values(assessmentFramework).flatMap((d) => Object.entries(d.areas)));
const requestSourceLabels = {
  consultation: "A consultation",
  assessment: "An Early Help Assessment",
  taf: "A team around the family",
  direct: "Made directly",
};
const senLabels = { yes: "SEN or disability", no: "No SEN" };

/**
 * Consultations and requests for service in the period (issue 15 §2, the scrutiny report's
 * referral figures): by source, age band, sex, SEN and presenting need, threshold levels, and the
 * share of referrers told the decision within 2 working days. Counts only, nobody's record: no
 * audit row, as for the home pages' figures.
 */
export async function referralFigures(ctx: ScopedContext, filters: DashboardFilters): Promise<DashboardSection> {
  const scope = await dashboardScopeFor(ctx, filters);
  const s = scope.suppress;
  const [calls, requests, timings] = await Promise.all([
    consultationCounts(ctx.db, scope),
    requestForServiceCounts(ctx.db, scope),
    decisionFeedbackTimings(ctx.db, { areaId: scope.areaId, from: scope.from }),
  ]);
  // The timings are the LCSS home's (decided since `from`, by area); the period's end is applied here.
  const feedback = feedbackTimelinessFigure(
    timings.filter((t) => t.decidedOn <= scope.to),
    scope.today,
  );
  const onTime = feedback.counts.find((c) => c.kind === "on_time")!.count;
  return {
    ...sectionHeader(scope),
    figures: [
      dashboardFigure(
        "consultations-by-source",
        "Consultations by who called",
        "Caller",
        "Consultations",
        labelledRows(countsOf(calls, "source"), callerOrganisationKindLabels, s),
      ),
      dashboardFigure("consultations-by-age", "Consultations by the child’s age", "Age", "Consultations", ageBandRows(countsOf(calls, "age"), s)),
      dashboardFigure(
        "consultations-by-need",
        "Consultations by presenting need",
        "Need",
        "Consultations",
        labelledRows(countsOf(calls, "need"), needLabels, s),
      ),
      dashboardFigure(
        "threshold-levels",
        "Threshold decisions by level",
        "Level",
        "Consultations",
        labelledRows(countsOf(calls, "level"), levelLabels, s, "No decision yet"),
      ),
      dashboardFigure(
        "referrer-feedback-share",
        "Referrers told the decision within 2 working days",
        "Decisions",
        "Share",
        [shareValue("Decisions due or told", onTime, feedback.judged, s)],
        "percent",
      ),
      dashboardFigure(
        "referrer-feedback",
        "Feedback to referrers",
        "Feedback",
        "Decisions",
        feedback.counts.map((c) => countValue(feedbackTimelinessLabels[c.kind], c.count, s)),
      ),
      dashboardFigure(
        "requests-by-level",
        "Requests for service by level",
        "Level",
        "Requests",
        labelledRows(countsOf(requests, "level"), levelLabels, s),
      ),
      dashboardFigure(
        "requests-by-source",
        "Requests for service by where they came from",
        "Source",
        "Requests",
        labelledRows(countsOf(requests, "source"), requestSourceLabels, s),
      ),
      dashboardFigure(
        "request-children-by-age",
        "Children on requests for service by age",
        "Age",
        "Children",
        ageBandRows(countsOf(requests, "age"), s),
      ),
      dashboardFigure(
        "request-children-by-sex",
        "Children on requests for service by sex",
        "Sex",
        "Children",
        labelledRows(countsOf(requests, "sex"), sexLabels, s),
      ),
      dashboardFigure(
        "request-children-by-sen",
        "Children on requests for service by SEN",
        "SEN",
        "Children",
        labelledRows(countsOf(requests, "sen"), senLabels, s),
      ),
    ],
  };
}
