import { can } from "@hearth/domain";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { usePageTitle } from "../../app/service";
import { useStaff } from "../../auth/use-staff";
import { ButtonLink } from "../../components/button";
import { Tag } from "../../components/content";
import { Table } from "../../components/table";
import { formatUkDate } from "../../format/dates";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { programmePaths } from "./paths";

/** Group programmes: the runs in my area (places, waiting lists), and a way to the catalogue they come from. */
export function RunsPage() {
  usePageTitle("Group programmes");
  const trpc = useTRPC();
  const runs = useQuery(trpc.programmeRuns.list.queryOptions({}));
  const staff = useStaff();
  return (
    <>
      <h1 className="govuk-heading-l">Group programmes</h1>
      <h2 className="govuk-heading-m">Runs</h2>
      {can(staff.role, "programmeRuns.manage") && <ButtonLink to={programmePaths.newRun}>Put a run on</ButtonLink>}
      {runs.isPending && <p className="govuk-body">Loading…</p>}
      {runs.isError && <LoadProblem error={runs.error} what="runs" />}
      {runs.isSuccess &&
        (runs.data.length === 0 ? (
          <p className="govuk-body">No runs have been put on in your area.</p>
        ) : (
          <Table
            caption={`${runs.data.length} run${runs.data.length === 1 ? "" : "s"}`}
            rows={runs.data}
            rowKey={(r) => r.id}
            columns={[
              {
                header: "Programme",
                cell: (r) => (
                  <Link className="govuk-link" to={programmePaths.run(r.id)}>
                    {r.programmeName}
                  </Link>
                ),
                sortValue: (r) => r.programmeName,
              },
              { header: "Venue", cell: (r) => r.venue, sortValue: (r) => r.venue },
              { header: "Starts", cell: (r) => formatUkDate(r.startsOn), sortValue: (r) => r.startsOn },
              { header: "Status", cell: (r) => <Tag colour={r.status === "running" ? "green" : "grey"}>{r.status}</Tag>, sortValue: (r) => r.status },
              { header: "Places taken", cell: (r) => `${r.enrolled} of ${r.capacity}`, sortValue: (r) => r.enrolled, numeric: true },
              { header: "Waiting", cell: (r) => String(r.waiting), sortValue: (r) => r.waiting, numeric: true },
            ]}
          />
        ))}
      <h2 className="govuk-heading-m">Catalogue</h2>
      <p className="govuk-body">
        <Link className="govuk-link" to={programmePaths.catalogue}>
          See the programmes FSS can run
        </Link>
      </p>
    </>
  );
}
