import type { RequestForServiceSummary } from "@hearth/domain";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { usePageTitle } from "../../app/service";
import { BackLink } from "../../components/content";
import { SummaryList } from "../../components/summary-list";
import { Table } from "../../components/table";
import { formatUkDate, formatUkDateTime } from "../../format/dates";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { RequestStatusTag } from "../requests-for-service/request-for-service";
import { intakePaths } from "../requests-for-service/paths";
import { allocationMeetingPaths } from "./paths";

/**
 * One allocation meeting: who attended, what it decided, and the requests still waiting — its
 * agenda. Each waiting request opens on the request's own page with the decision form, which
 * records the decision as taken at this meeting.
 */
export function AllocationMeetingPage() {
  const { meetingId = "" } = useParams();
  const trpc = useTRPC();
  // Read afresh on every visit: the agenda changes with each decision taken from it.
  const meeting = useQuery(trpc.allocationMeetings.get.queryOptions({ meetingId }, { refetchOnMount: "always" }));
  usePageTitle(meeting.data ? `Allocation meeting ${formatUkDate(meeting.data.heldOn)}` : "Allocation meeting");
  if (meeting.isPending) return <p className="govuk-body">Loading…</p>;
  if (meeting.isError) return <LoadProblem error={meeting.error} what="the allocation meeting" />;
  const m = meeting.data;
  const attendees = [...m.staff.map((s) => `${s.displayName} (FSS)`), ...m.partners.map((p) => `${p.name} (${p.agency})`)];
  return (
    <>
      <BackLink to={allocationMeetingPaths.list}>Allocation meetings</BackLink>
      <span className="govuk-caption-l">{m.areaName} allocation meeting</span>
      <h1 className="govuk-heading-l">{formatUkDate(m.heldOn)}</h1>
      <SummaryList
        rows={[
          {
            key: "Attendees",
            value: (
              <ul className="govuk-list">
                {attendees.map((a) => (
                  <li key={a}>{a}</li>
                ))}
              </ul>
            ),
          },
          { key: "Recorded by", value: m.recordedByName },
        ]}
      />
      <h2 className="govuk-heading-m">Waiting for a decision</h2>
      {!m.canDecide && m.waiting.length > 0 && <p className="govuk-body">Decisions can be recorded from the day of the meeting.</p>}
      <RequestTable
        requests={m.waiting}
        caption="Requests waiting for a decision"
        empty="No requests for service are waiting."
        link={(r) => (m.canDecide ? `${intakePaths.request(r.id)}?meeting=${m.id}` : intakePaths.request(r.id))}
        linkText={m.canDecide ? "Decide" : "View"}
      />
      <h2 className="govuk-heading-m">Decided at this meeting</h2>
      <RequestTable
        requests={m.decided}
        caption="Requests decided at this meeting"
        empty="Nothing has been decided at this meeting yet."
        link={(r) => intakePaths.request(r.id)}
        linkText="View"
      />
    </>
  );
}

function RequestTable(props: {
  requests: RequestForServiceSummary[];
  caption: string;
  empty: string;
  link: (r: RequestForServiceSummary) => string;
  linkText: string;
}) {
  if (!props.requests.length) return <p className="govuk-body">{props.empty}</p>;
  return (
    <Table
      caption={props.caption}
      captionSize="s"
      rows={props.requests}
      rowKey={(r) => r.id}
      columns={[
        { header: "Reference", cell: (r) => r.reference, sortValue: (r) => r.reference },
        { header: "Family", cell: (r) => r.familyName, sortValue: (r) => r.familyName },
        { header: "Level", cell: (r) => String(r.level), sortValue: (r) => r.level, numeric: true },
        { header: "Received", cell: (r) => formatUkDateTime(r.requestedAt), sortValue: (r) => r.requestedAt },
        { header: "Status", cell: (r) => <RequestStatusTag status={r.status} />, sortValue: (r) => r.status },
        {
          header: "Action",
          cell: (r) => (
            <Link className="govuk-link" to={props.link(r)}>
              {props.linkText}
              <span className="govuk-visually-hidden"> {r.reference}</span>
            </Link>
          ),
        },
      ]}
    />
  );
}
