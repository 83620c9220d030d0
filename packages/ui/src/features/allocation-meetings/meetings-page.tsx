import { can } from "@hearth/domain";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { usePageTitle } from "../../app/service";
import { useStaff } from "../../auth/use-staff";
import { ButtonLink } from "../../components/button";
import { Table } from "../../components/table";
import { formatUkDate } from "../../format/dates";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { intakePaths } from "../requests-for-service/paths";
import { allocationMeetingPaths } from "./paths";

/** The area's allocation meetings, latest first, and how many requests wait for the next one. */
export function AllocationMeetingsPage() {
  usePageTitle("Allocation meetings");
  const trpc = useTRPC();
  const staff = useStaff();
  const list = useQuery(trpc.allocationMeetings.list.queryOptions({}));
  return (
    <>
      <h1 className="govuk-heading-l">Allocation meetings</h1>
      {list.isPending && <p className="govuk-body">Loading…</p>}
      {list.isError && <LoadProblem error={list.error} what="the allocation meetings" />}
      {list.isSuccess && (
        <>
          <p className="govuk-body">
            <Link className="govuk-link" to={intakePaths.queue}>
              {list.data.waiting === 1 ? "1 request for service is" : `${list.data.waiting} requests for service are`} waiting for a decision
            </Link>
            .
          </p>
          {can(staff.role, "allocationMeetings.record") && <ButtonLink to={allocationMeetingPaths.record}>Record a meeting</ButtonLink>}
          {list.data.meetings.length ? (
            <Table
              caption="Meetings"
              captionSize="m"
              rows={list.data.meetings}
              rowKey={(m) => m.id}
              initialSort={{ column: 0, direction: "descending" }}
              columns={[
                {
                  header: "Date",
                  cell: (m) => (
                    <Link className="govuk-link" to={allocationMeetingPaths.meeting(m.id)}>
                      {formatUkDate(m.heldOn)}
                    </Link>
                  ),
                  sortValue: (m) => m.heldOn,
                },
                { header: "Area", cell: (m) => m.areaName, sortValue: (m) => m.areaName },
                { header: "Attendees", cell: (m) => String(m.attendees), sortValue: (m) => m.attendees, numeric: true },
                { header: "Decisions", cell: (m) => String(m.decisions), sortValue: (m) => m.decisions, numeric: true },
              ]}
            />
          ) : (
            <p className="govuk-body">No allocation meetings have been recorded yet.</p>
          )}
        </>
      )}
    </>
  );
}
