import { accessKindLabels, accessRouteLabels, roleLabels } from "@hearth/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { usePageTitle } from "../../app/service";
import { useStaff } from "../../auth/use-staff";
import { Button } from "../../components/button";
import { BackLink } from "../../components/content";
import { ErrorSummary } from "../../components/error-summary";
import { Table } from "../../components/table";
import { serverFormErrors } from "../../forms/server-errors";
import { formatUkDate, formatUkDateTime } from "../../format/dates";
import { LoadProblem } from "../../pages/problem-pages";
import { downloadText } from "../../format/download-text";
import { useTRPC } from "../../trpc/trpc";
import { backToPerson, fullName } from "./paths";

/**
 * Who looked at whom (issue 15 §3): every access to one person's record, for a subject access
 * request or an investigation: reads (on their own page, in their family's record, on a register),
 * changes, refusals and breaks of the glass with the reason given. The download is audited.
 */
export function PersonAccessLogPage() {
  const { personId = "" } = useParams();
  const trpc = useTRPC();
  const staff = useStaff();
  const log = useQuery(trpc.records.accessLog.queryOptions({ personId }));
  const download = useMutation(trpc.records.accessLogCsv.mutationOptions({ onSuccess: (file) => downloadText(file.csv, file.filename) }));
  usePageTitle(log.data ? `Who has looked at ${fullName(log.data.person)}` : "Who has looked at this record");
  if (log.isPending) return <p className="govuk-body">Loading…</p>;
  if (log.isError) return <LoadProblem error={log.error} what="who has looked at this record" />;
  const { person, entries, truncated } = log.data;
  return (
    <>
      <BackLink to={backToPerson(staff.role, person.id)}>Back</BackLink>
      <ErrorSummary
        items={download.error ? serverFormErrors(download.error).map((text) => ({ text })) : []}
        focusKey={String(download.failureCount)}
      />
      <h1 className="govuk-heading-l">Who has looked at {fullName(person)}</h1>
      <p className="govuk-body">
        Born {formatUkDate(person.dateOfBirth)}, {person.areaName}. Every read, change, refusal and break of the glass recorded, most recent first,
        including when they were shown in their family’s record or on a session register.
      </p>
      <Button type="button" variant="secondary" disabled={download.isPending} onClick={() => download.mutate({ personId })}>
        Download as CSV
      </Button>
      {truncated && <p className="govuk-body">Only the most recent 5,000 accesses are shown.</p>}
      <Table
        caption={`${entries.length} ${entries.length === 1 ? "access" : "accesses"}`}
        rows={entries}
        rowKey={(e) => String(e.id)}
        columns={[
          { header: "When", cell: (e) => formatUkDateTime(e.at), sortValue: (e) => e.at },
          { header: "Who", cell: (e) => `${e.who}${e.actorRole ? `, ${roleLabels[e.actorRole]}` : ""}`, sortValue: (e) => e.who },
          { header: "What", cell: (e) => accessKindLabels[e.kind], sortValue: (e) => e.kind },
          { header: "How they were shown", cell: (e) => accessRouteLabels[e.route] },
          { header: "Audited action", cell: (e) => <code>{e.action}</code> },
          { header: "Reason given", cell: (e) => e.reason },
        ]}
      />
    </>
  );
}
