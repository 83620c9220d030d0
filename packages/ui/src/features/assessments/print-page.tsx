import { usePageTitle } from "../../app/service";
import { BackLink } from "../../components/content";
import { Button } from "../../components/button";
import { formatUkDate } from "../../format/dates";
import { LoadProblem } from "../../pages/problem-pages";
import { assessmentStatusText } from "./assessment-labels";
import { AssessmentSummary } from "./assessment-summary";
import { assessmentPaths } from "./paths";
import { useAssessment } from "./use-assessment";

/**
 * The copy the family is given: the whole assessment on paper, in plain words, without the
 * staff-only parts (history, quality audit, buttons). The print styles are in hearth.css.
 */
export function AssessmentPrintPage() {
  const { assessment } = useAssessment();
  usePageTitle("Early Help Assessment: printed copy");
  if (assessment.isPending) return <p className="govuk-body">Loading…</p>;
  if (assessment.isError) return <LoadProblem error={assessment.error} what="the assessment" />;
  const a = assessment.data;
  return (
    <div className="govuk-grid-row hearth-print-document">
      <div className="govuk-grid-column-full">
        <div className="hearth-no-print">
          <BackLink to={assessmentPaths.assessment(a.id)}>Early Help Assessment</BackLink>
          <Button type="button" onClick={() => window.print()}>
            Print
          </Button>
        </div>
        <span className="govuk-caption-l">{a.familyName}</span>
        <h1 className="govuk-heading-l">Your family’s Early Help Assessment</h1>
        <p className="govuk-body">
          {assessmentStatusText(a.status)}
          {a.signedOffOn ? `, signed off on ${formatUkDate(a.signedOffOn)}` : ""}. This is what you told us and what we agreed together. If anything
          is wrong, tell your lead professional.
        </p>
        <AssessmentSummary assessment={{ ...a, qualityAudit: null }} />
      </div>
    </div>
  );
}
