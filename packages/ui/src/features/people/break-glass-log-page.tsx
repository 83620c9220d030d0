import { roleLabels } from "@hearth/domain";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { usePageTitle } from "../../app/service";
import { Table } from "../../components/table";
import { formatUkDateTime } from "../../format/dates";
import { RecordProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { fullName, peoplePaths } from "./paths";

/** For the owning area's managers: who opened their records from another area, when, and why. */
export function BreakGlassLogPage() {
  const trpc = useTRPC();
  const log = useQuery(trpc.recordAccess.breakGlassLog.queryOptions());
  usePageTitle("Out-of-area access to your records");
  if (log.isPending) return <p className="govuk-body">Loading…</p>;
  if (log.isError) return <RecordProblem error={log.error} what="List" />;
  return (
    <>
      <h1 className="govuk-heading-l">Out-of-area access to your records</h1>
      <p className="govuk-body">Staff from other areas who broke the glass to open a record your area looks after, newest first.</p>
      {log.data.length === 0 ? (
        <p className="govuk-body">Nobody from another area has opened your records.</p>
      ) : (
        <Table
          caption="Records opened from another area"
          captionSize="s"
          rows={log.data}
          rowKey={(row) => row.id}
          columns={[
            { header: "When", cell: (row) => formatUkDateTime(row.grantedAt) },
            {
              header: "Person",
              cell: (row) => (
                <Link className="govuk-link" to={peoplePaths.person(row.personId)}>
                  {fullName(row)}
                </Link>
              ),
            },
            {
              header: "Opened by",
              cell: (row) => `${row.staffName} (${roleLabels[row.staffRole]})`,
            },
            { header: "Reason given", cell: (row) => row.reason },
            { header: "Open until", cell: (row) => formatUkDateTime(row.expiresAt) },
          ]}
        />
      )}
    </>
  );
}
