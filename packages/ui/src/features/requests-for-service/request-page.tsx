import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { usePageTitle } from "../../app/service";
import { BackLink } from "../../components/content";
import { SummaryList } from "../../components/summary-list";
import { formatUkDate, formatUkDateTime } from "../../format/dates";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { RequestStatusTag } from "./request-for-service";
import { casePaths } from "../cases/paths";
import { familyRecordPaths } from "../families/paths";
import { allocationMeetingPaths } from "../allocation-meetings/paths";
import { DecisionForm } from "./decision-form";
import { intakePaths } from "./paths";

const paragraphs = (text: string) => <span style={{ whiteSpace: "pre-wrap" }}>{text}</span>;

/** One request for service as FSS receives it: the family, the level, the reasons, what was tried and consent. */
export function RequestForServicePage() {
  const { requestId = "" } = useParams();
  // Opened from an allocation meeting's agenda: the decision is taken at that meeting.
  const meetingId = useSearchParams()[0].get("meeting") ?? undefined;
  const trpc = useTRPC();
  const navigate = useNavigate();
  const request = useQuery(trpc.requestsForService.get.queryOptions({ requestId }));
  usePageTitle(request.data ? `Request for service ${request.data.reference}` : "Request for service");
  if (request.isPending) return <p className="govuk-body">Loading…</p>;
  if (request.isError) return <LoadProblem error={request.error} what="the request for service" />;
  const r = request.data;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {meetingId ? (
          <BackLink to={allocationMeetingPaths.meeting(meetingId)}>Allocation meeting</BackLink>
        ) : (
          <BackLink to={intakePaths.queue}>Intake queue</BackLink>
        )}
        <span className="govuk-caption-l">Request for service {r.reference}</span>
        <h1 className="govuk-heading-l">{r.familyName}</h1>
        <p className="govuk-body">
          <RequestStatusTag status={r.status} />
        </p>
        <SummaryList
          rows={[
            {
              key: "Family",
              value: (
                <Link className="govuk-link" to={familyRecordPaths.overview(r.familyId)}>
                  {r.familyName}
                </Link>
              ),
            },
            { key: "Area", value: r.areaName },
            { key: "Threshold level", value: `Level ${r.level}` },
            { key: "Why the family needs FSS", value: paragraphs(r.reasons) },
            { key: "What has been tried", value: paragraphs(r.triedSoFar) },
            { key: "Consent", value: `${r.consentGivenBy}, ${formatUkDate(r.consentGivenOn)}` },
            { key: "Requested by", value: `${r.requestedByName} (LCSS), ${formatUkDateTime(r.requestedAt)}` },
            ...(r.consultationReference ? [{ key: "From consultation", value: r.consultationReference }] : []),
            ...(r.decidedAt ? [{ key: "Decided", value: formatUkDateTime(r.decidedAt) }] : []),
            ...(r.decisionReason ? [{ key: "Decision", value: r.decisionReason }] : []),
          ]}
        />
        {r.choices && (
          <DecisionForm
            requestId={r.id}
            meetingId={meetingId}
            choices={r.choices}
            onDecided={(caseId) =>
              meetingId ? navigate(allocationMeetingPaths.meeting(meetingId)) : caseId ? navigate(casePaths.fssCase(caseId)) : void request.refetch()
            }
          />
        )}
      </div>
    </div>
  );
}
