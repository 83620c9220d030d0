import { ehaEventKindLabels } from "@hearth/domain";
import { Link } from "react-router";
import { usePageTitle } from "../../app/service";
import { BackLink, InsetText, Tag, WarningText } from "../../components/content";
import { formatUkDate } from "../../format/dates";
import { LoadProblem } from "../../pages/problem-pages";
import { familyRecordPaths } from "../families/paths";
import { assessmentStatusColour, assessmentStatusText } from "./assessment-labels";
import { AssessmentSummary } from "./assessment-summary";
import { CompleteForm, QualityAuditForm, ReviewForm, SignOffForms, useAllowedSteps, WithdrawConsentForm } from "./lifecycle-forms";
import { ReferToProgramme } from "../programmes/programme-referral-form";
import { RequestForService } from "../requests-for-service/request-for-service";
import { AssessmentTafLink } from "../taf/assessment-taf-link";
import { assessmentPaths } from "./paths";
import { AssessmentTaskList } from "./task-list";
import { useAssessment, type AssessmentDetail } from "./use-assessment";

/** An Early Help Assessment: its task list while it is written, then sign-off, reviews and audit. */
export function AssessmentPage() {
  const { assessment, show, refresh } = useAssessment();
  usePageTitle("Early Help Assessment");
  if (assessment.isPending) return <p className="govuk-body">Loading…</p>;
  if (assessment.isError) return <LoadProblem error={assessment.error} what="the assessment" />;
  return <AssessmentView assessment={assessment.data} show={show} refresh={refresh} />;
}

function AssessmentView({
  assessment: a,
  show,
  refresh,
}: {
  assessment: AssessmentDetail;
  show: (latest: AssessmentDetail) => void;
  refresh: () => Promise<unknown>;
}) {
  const steps = useAllowedSteps(a);
  const done = a.tasks.filter((t) => t.status === "completed").length;
  const editable = a.status === "draft" && !a.consent.withdrawnOn && steps.write;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={familyRecordPaths.involvement(a.familyId)}>{a.familyName}</BackLink>
        <span className="govuk-caption-l">{a.familyName}</span>
        <h1 className="govuk-heading-l">Early Help Assessment</h1>
        <p className="govuk-body">
          <Tag colour={assessmentStatusColour[a.status]}>{assessmentStatusText(a.status)}</Tag> Started {formatUkDate(a.startedOn)}; due{" "}
          {formatUkDate(a.dueOn)}
        </p>
        {a.consent.withdrawnOn && (
          <WarningText>
            The family withdrew consent on {formatUkDate(a.consent.withdrawnOn)}. Do not share this assessment with anyone; it goes no further.
          </WarningText>
        )}
        {a.status === "draft" && a.returnComments && (
          <InsetText>
            <h2 className="govuk-heading-s">Returned by a senior practitioner</h2>
            <p className="govuk-body" style={{ whiteSpace: "pre-wrap" }}>
              {a.returnComments}
            </p>
          </InsetText>
        )}
        {a.membersNotShown > 0 && (
          <p className="govuk-body">
            {a.membersNotShown} {a.membersNotShown === 1 ? "person" : "people"} in this assessment cannot be shown to you.
          </p>
        )}
        {a.status === "draft" && (
          <>
            <h2 className="govuk-heading-m">Sections</h2>
            <p className="govuk-body">
              You have completed {done} of {a.tasks.length} sections.
            </p>
            <AssessmentTaskList assessment={a} editable={editable} />
          </>
        )}
        {steps.complete && done === a.tasks.length && <CompleteForm assessment={a} show={show} />}
        {steps.signOff && <SignOffForms assessment={a} show={show} />}
        {a.status === "completed" && a.authoredByYou && (
          <InsetText>You wrote this assessment, so another senior practitioner must sign it off.</InsetText>
        )}
        {steps.review && <ReviewForm assessment={a} show={show} />}
        {steps.audit && <QualityAuditForm assessment={a} show={show} />}
        <AssessmentTafLink assessmentId={a.id} completed={a.status !== "draft"} />
        <RequestForService
          source={{ assessmentId: a.id }}
          request={a.requestForService}
          mayAsk={a.status !== "draft" && a.sharingAllowed}
          suggested={{ consentGivenBy: a.consent.givenByName }}
          done={refresh}
        />
        {a.status !== "draft" && (
          <ReferToProgramme
            source={{ assessmentId: a.id }}
            familyId={a.familyId}
            people={[...a.children, ...a.adults]}
            suggestedConsentBy={a.consent.givenByName}
          />
        )}
        <p className="govuk-body">
          <Link className="govuk-link" to={assessmentPaths.print(a.id)}>
            Print a copy for the family
          </Link>
        </p>
        {steps.withdraw && <WithdrawConsentForm assessment={a} show={show} />}
        {a.status !== "draft" && <AssessmentSummary assessment={a} />}
        <h2 className="govuk-heading-m">History</h2>
        <ol className="govuk-list">
          {a.history.map((h) => (
            <li key={h.id}>
              <strong>{formatUkDate(h.occurredOn)}</strong>: {ehaEventKindLabels[h.kind]}, by {h.byName}
              {h.note && h.kind !== "quality_audited" && (
                <span className="govuk-body-s" style={{ display: "block", whiteSpace: "pre-wrap" }}>
                  {h.note}
                </span>
              )}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
