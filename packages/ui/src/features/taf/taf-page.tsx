import { tafActionStatusLabels, tafClosureReasonLabels, tafMemberKindLabels } from "@hearth/domain";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { usePageTitle } from "../../app/service";
import { BackLink, Tag } from "../../components/content";
import { SummaryList } from "../../components/summary-list";
import { Table } from "../../components/table";
import { formatUkDate } from "../../format/dates";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { assessmentPaths } from "../assessments/paths";
import { familyRecordPaths } from "../families/paths";
import { ReferToProgramme } from "../programmes/programme-referral-form";
import { RequestForService } from "../requests-for-service/request-for-service";
import {
  ActionForm,
  ActionStatusButton,
  AddMemberForm,
  CloseForm,
  MeetingForm,
  meetingWhen,
  RecordReviewForm,
  ScheduleMeetingForm,
  ScheduleReviewForm,
  type TafDetail,
} from "./taf-forms";

/** A Team Around the Family: its members, meetings, action plan and reviews, and closing it. */
export function TafPage() {
  const { tafId = "" } = useParams();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const options = trpc.taf.get.queryOptions({ tafId });
  const taf = useQuery(options);
  usePageTitle("Team Around the Family");
  if (taf.isPending) return <p className="govuk-body">Loading…</p>;
  if (taf.isError) return <LoadProblem error={taf.error} what="the team around the family" />;
  return (
    <TafView
      taf={taf.data}
      show={(latest) => queryClient.setQueryData(options.queryKey, latest)}
      refresh={() => queryClient.invalidateQueries({ queryKey: options.queryKey })}
    />
  );
}

function TafView({ taf, show, refresh }: { taf: TafDetail; show: (latest: TafDetail) => void; refresh: () => Promise<unknown> }) {
  const open = taf.status === "open";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <BackLink to={assessmentPaths.assessment(taf.assessmentId)}>Back to the assessment</BackLink>
        <span className="govuk-caption-l">
          <Link className="govuk-link" to={familyRecordPaths.involvement(taf.familyId)}>
            {taf.familyName}
          </Link>
        </span>
        <h1 className="govuk-heading-l">Team Around the Family</h1>
        <SummaryList
          rows={[
            { key: "Status", value: <Tag colour={open ? "blue" : "grey"}>{open ? "Open" : "Closed"}</Tag> },
            { key: "Started", value: formatUkDate(taf.startedOn) },
            { key: "Led by", value: taf.lead.name },
            ...(open ? [{ key: "Next meeting", value: taf.nextMeeting ? meetingWhen(taf.nextMeeting) : "None scheduled" }] : []),
            ...(taf.nextReviewOn ? [{ key: "Next review due", value: formatUkDate(taf.nextReviewOn) }] : []),
            ...(taf.closure
              ? [
                  { key: "Closed", value: formatUkDate(taf.closure.closedOn) },
                  { key: "Reason", value: tafClosureReasonLabels[taf.closure.reason] },
                  { key: "Closing summary", value: taf.closure.summary },
                ]
              : []),
          ]}
        />

        <h2 className="govuk-heading-m">Members</h2>
        <Table
          caption="Members of the team"
          captionSize="s"
          rowKey={(m) => m.id}
          rows={taf.members}
          columns={[
            { header: "Name", cell: (m) => m.name },
            { header: "Member", cell: (m) => tafMemberKindLabels[m.kind] },
            { header: "Agency and role", cell: (m) => [m.agency, m.role].filter(Boolean).join(", ") },
            { header: "Contact", cell: (m) => m.contact ?? "" },
          ]}
        />
        {open && <AddMemberForm taf={taf} show={show} />}

        <h2 className="govuk-heading-m">Action plan</h2>
        {taf.actions.length ? (
          <Table
            caption="Actions"
            captionSize="s"
            rowKey={(a) => a.id}
            rows={taf.actions}
            columns={[
              { header: "Action", cell: (a) => a.action },
              { header: "Owner", cell: (a) => [a.owner, a.agency].filter(Boolean).join(", ") },
              { header: "Outcome", cell: (a) => a.outcome },
              { header: "Due", cell: (a) => formatUkDate(a.dueOn), sortValue: (a) => a.dueOn },
              { header: "Status", cell: (a) => tafActionStatusLabels[a.status] },
              ...(open
                ? [
                    {
                      header: "Change",
                      cell: (a: TafDetail["actions"][number]) => (
                        <ActionStatusButton taf={taf} actionId={a.id} done={a.status === "done"} show={show} />
                      ),
                    },
                  ]
                : []),
            ]}
          />
        ) : (
          <p className="govuk-body">No actions yet.</p>
        )}
        {open && <ActionForm taf={taf} show={show} />}

        <h2 className="govuk-heading-m">Meetings</h2>
        {taf.meetings.length ? (
          taf.meetings.map((m) => (
            <div key={m.id} className="govuk-!-margin-bottom-4">
              <h3 className="govuk-heading-s">
                {m.heldOn ? formatUkDate(m.heldOn) : meetingWhen(m)} {!m.heldOn && <Tag colour="blue">Scheduled</Tag>}
              </h3>
              {m.heldOn && m.venue && <p className="govuk-body">Venue: {m.venue}</p>}
              {m.heldOn && <p className="govuk-body">Attended: {m.attendees.join(", ")}</p>}
              {m.apologies.length > 0 && <p className="govuk-body">Apologies: {m.apologies.join(", ")}</p>}
              {m.summary && (
                <p className="govuk-body" style={{ whiteSpace: "pre-wrap" }}>
                  {m.summary}
                </p>
              )}
            </div>
          ))
        ) : (
          <p className="govuk-body">No meetings yet.</p>
        )}
        {open && <ScheduleMeetingForm taf={taf} show={show} />}
        {open && <MeetingForm taf={taf} show={show} />}

        <h2 className="govuk-heading-m">Reviews</h2>
        {taf.reviews.map((r) => (
          <div key={r.id} className="govuk-!-margin-bottom-4">
            <h3 className="govuk-heading-s">{formatUkDate(r.heldOn)}</h3>
            <p className="govuk-body" style={{ whiteSpace: "pre-wrap" }}>
              {r.summary}
            </p>
          </div>
        ))}
        {open && <RecordReviewForm taf={taf} show={show} />}
        {open && <ScheduleReviewForm taf={taf} show={show} />}
        <RequestForService source={{ tafId: taf.id }} request={taf.requestForService} mayAsk={open} done={refresh} />
        {open && <ReferToProgramme source={{ tafId: taf.id }} familyId={taf.familyId} people={taf.familyMembers} />}
        {open && (
          <>
            <h2 className="govuk-heading-m">Closing</h2>
            <CloseForm taf={taf} show={show} />
          </>
        )}
      </div>
    </div>
  );
}
