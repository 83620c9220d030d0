import { requestForServiceStatuses, requestForServiceStatusLabels, type RequestForServiceList, type RequestForServiceSummary } from "@hearth/domain";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { usePageTitle } from "../../app/service";
import { Select } from "../../components/form/select";
import { FilterPanel } from "../../components/moj";
import { Table } from "../../components/table";
import { formatUkDateTime } from "../../format/dates";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { RequestStatusTag } from "./request-for-service";
import { intakePaths } from "./paths";

type Filters = Pick<RequestForServiceList, "status">;

/**
 * FSS's intake queue (issue 11 §5, issue 12 §1): the area's requests for service, newest first,
 * received ones by default. Deciding on them is the allocation meeting, which issue 12 builds.
 */
export function IntakeQueuePage() {
  usePageTitle("Intake queue");
  const trpc = useTRPC();
  const [filters, setFilters] = useState<Filters>({ status: "received" });
  const [draft, setDraft] = useState<Filters>({ status: "received" });
  const list = useQuery(trpc.requestsForService.list.queryOptions({ ...filters, limit: 200 }));
  const selected = [
    {
      heading: "Status",
      items: filters.status ? [{ text: requestForServiceStatusLabels[filters.status], onRemove: () => (setFilters({}), setDraft({})) }] : [],
    },
  ];
  return (
    <>
      <h1 className="govuk-heading-l">Intake queue</h1>
      <p className="govuk-body">Requests for service from LCSS, waiting for the next allocation meeting.</p>
      <FilterPanel
        selected={selected}
        onClearFilters={() => (setFilters({}), setDraft({}))}
        onApply={() => setFilters(draft)}
        options={
          <Select
            name="status"
            label="Status"
            value={draft.status ?? ""}
            onChange={(e) => setDraft({ status: (e.target.value || undefined) as Filters["status"] })}
            options={[
              { value: "", text: "Any status" },
              ...requestForServiceStatuses.map((s) => ({ value: s, text: requestForServiceStatusLabels[s] })),
            ]}
          />
        }
      >
        {list.isPending && <p className="govuk-body">Loading…</p>}
        {list.isError && <LoadProblem error={list.error} what="the intake queue" />}
        {list.isSuccess && <IntakeTable requests={list.data.requests} />}
      </FilterPanel>
    </>
  );
}

function IntakeTable({ requests }: { requests: RequestForServiceSummary[] }) {
  if (!requests.length) return <p className="govuk-body">No requests for service match.</p>;
  return (
    <Table
      caption={`${requests.length} request${requests.length === 1 ? "" : "s"} for service`}
      captionSize="m"
      rows={requests}
      rowKey={(r) => r.id}
      initialSort={{ column: 1, direction: "descending" }}
      columns={[
        {
          header: "Reference",
          cell: (r) => (
            <Link className="govuk-link" to={intakePaths.request(r.id)}>
              {r.reference}
            </Link>
          ),
          sortValue: (r) => r.reference,
        },
        { header: "Received", cell: (r) => formatUkDateTime(r.requestedAt), sortValue: (r) => r.requestedAt },
        { header: "Family", cell: (r) => r.familyName, sortValue: (r) => r.familyName },
        { header: "Level", cell: (r) => String(r.level), sortValue: (r) => r.level, numeric: true },
        { header: "From", cell: (r) => r.requestedByName, sortValue: (r) => r.requestedByName },
        { header: "Status", cell: (r) => <RequestStatusTag status={r.status} />, sortValue: (r) => r.status },
      ]}
    />
  );
}
