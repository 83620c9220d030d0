import { earlyHelpAssessmentStatusLabels, feedbackTimelinessLabels, tafReviewLatenessLabels, type LcssHome } from "@hearth/domain";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { BarChart } from "../../components/bar-chart";
import { formatUkDate } from "../../format/dates";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { assessmentPaths } from "../assessments/paths";
import { consultationPaths } from "../consultations/paths";
import { tafPaths } from "../taf/paths";

/** Where each figure's list is, filtered to what the bar counts. */
const openConsultationsList = (localityId: string | null) =>
  `${consultationPaths.list}?open=1${localityId ? `&localityId=${encodeURIComponent(localityId)}` : ""}`;

/**
 * The LCSS home's figures (issue 11): open consultations by locality, referrers told within 2
 * working days, assessments by status and teams with overdue reviews, for the worker's area (an
 * administrator's: the county). Each chart has its table beside it, each figure links to its list.
 */
export function LcssHomeFigures() {
  const trpc = useTRPC();
  const figures = useQuery(trpc.lcssHome.figures.queryOptions({}));
  if (figures.isPending)
    return (
      <p className="govuk-body" role="status">
        Loading figures…
      </p>
    );
  if (figures.isError) return <LoadProblem error={figures.error} what="figures" />;
  return <Figures home={figures.data} />;
}

function Figures({ home }: { home: LcssHome }) {
  const openTotal = home.openConsultationsByLocality.reduce((sum, l) => sum + l.count, 0);
  const overdueTotal = home.overdueTafReviews.reduce((sum, r) => sum + r.count, 0);
  return (
    <section aria-labelledby="lcss-figures-heading">
      <h2 className="govuk-heading-m" id="lcss-figures-heading">
        {home.areaName ? `${home.areaName} at a glance` : "The county at a glance"}
      </h2>

      <h3 className="govuk-heading-s">Open consultations: {openTotal}</h3>
      {openTotal === 0 ? (
        <p className="govuk-body">No open consultations.</p>
      ) : (
        <BarChart
          title="Open consultations by locality"
          labelHeader="Locality"
          valueHeader="Open consultations"
          bars={home.openConsultationsByLocality.map((l) => ({ label: l.localityName, value: l.count, to: openConsultationsList(l.localityId) }))}
        />
      )}

      <h3 className="govuk-heading-s">
        Referrers told within 2 working days: {home.feedback.onTimePercent === null ? "no decisions to judge yet" : `${home.feedback.onTimePercent}%`}
      </h3>
      <p className="govuk-body-s">
        Decisions made since {formatUkDate(home.feedback.from)}; bank holidays and weekends are not working days. {home.feedback.judged} decisions
        were due.
      </p>
      <BarChart
        title="Feedback to referrers"
        labelHeader="Feedback"
        valueHeader="Decisions"
        bars={home.feedback.counts.map((c) => ({
          label: feedbackTimelinessLabels[c.kind],
          value: c.count,
          // Only referrers not yet told are a list to work from: the queue awaiting feedback.
          to: c.kind === "overdue" || c.kind === "not_yet_due" ? `${consultationPaths.list}?status=awaiting_feedback` : undefined,
        }))}
      />

      <h3 className="govuk-heading-s">Early Help Assessments by status</h3>
      <BarChart
        title="Early Help Assessments by status"
        labelHeader="Status"
        valueHeader="Assessments"
        bars={home.assessmentsByStatus.map((a) => ({
          label: earlyHelpAssessmentStatusLabels[a.status],
          value: a.count,
          to: `${assessmentPaths.list}?status=${a.status}`,
        }))}
      />

      <h3 className="govuk-heading-s">Teams Around the Family with an overdue review: {overdueTotal}</h3>
      <BarChart
        title="Overdue TAF reviews"
        labelHeader="How overdue"
        valueHeader="Teams"
        bars={home.overdueTafReviews.map((r) => ({ label: tafReviewLatenessLabels[r.band], value: r.count, to: tafPaths.list }))}
      />
      <p className="govuk-body-s">
        Each lead professional sees their teams&apos; reviews in My work.{" "}
        <Link className="govuk-link" to={tafPaths.list}>
          See the open teams and their next meetings
        </Link>
      </p>
    </section>
  );
}
