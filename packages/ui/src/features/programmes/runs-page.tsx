import { can, outcomeMeasureLabels, type OutcomeMeasureKind } from "@hearth/domain";
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

/** Group programmes: the runs in my area (places, waiting lists) and the catalogue they come from. */
export function RunsPage() {
  usePageTitle("Group programmes");
  const trpc = useTRPC();
  const runs = useQuery(trpc.programmeRuns.list.queryOptions({}));
  const catalogue = useQuery(trpc.programmes.catalogue.queryOptions({ includeRetired: false }));
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
      {catalogue.isError && <LoadProblem error={catalogue.error} what="catalogue" />}
      {catalogue.isSuccess && (
        <Table
          caption="Programmes FSS can run"
          rows={catalogue.data}
          rowKey={(p) => p.id}
          columns={[
            { header: "Programme", cell: (p) => p.name, sortValue: (p) => p.name },
            {
              header: "Evidence rating",
              cell: (p) => (p.evidenceRating === "not_rated" ? "Not rated" : p.evidenceRating),
              sortValue: (p) => p.evidenceRating,
            },
            { header: "Ages", cell: (p) => `${p.childAgeFrom} to ${p.childAgeTo}`, sortValue: (p) => p.childAgeFrom },
            { header: "Sessions", cell: (p) => String(p.numberOfSessions), sortValue: (p) => p.numberOfSessions, numeric: true },
            { header: "Completion", cell: (p) => `${Math.round(p.completionShare * 100)}% of sessions`, sortValue: (p) => p.completionShare },
            {
              header: "Outcome measures",
              cell: (p) => p.outcomeMeasures.map((m) => outcomeMeasureLabels[m as OutcomeMeasureKind] ?? m).join(", ") || "None",
            },
          ]}
        />
      )}
    </>
  );
}
