import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { usePageTitle } from "../../app/service";
import { Table } from "../../components/table";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { casePaths } from "./paths";

/**
 * A manager's view of the area's workload (issue 12 §1): each FSS worker's families, children,
 * children on child protection plans and overdue visits, and their cases, each opening on the case
 * page where it can be reallocated with a reason.
 */
export function TeamWorkloadPage() {
  usePageTitle("Team workload");
  const trpc = useTRPC();
  const workload = useQuery(trpc.cases.teamWorkload.queryOptions({}));
  return (
    <>
      <h1 className="govuk-heading-l">Team workload</h1>
      {workload.isPending && <p className="govuk-body">Loading…</p>}
      {workload.isError && <LoadProblem error={workload.error} what="the team’s workload" />}
      {workload.isSuccess && (
        <>
          <Table
            caption="Caseloads"
            captionSize="m"
            rows={workload.data.workers}
            rowKey={(w) => w.id}
            columns={[
              { header: "Worker", cell: (w) => w.displayName, sortValue: (w) => w.displayName },
              { header: "Families", cell: (w) => String(w.families), sortValue: (w) => w.families, numeric: true },
              { header: "Children", cell: (w) => String(w.children), sortValue: (w) => w.children, numeric: true },
              { header: "On CP plans", cell: (w) => String(w.childProtectionPlans), sortValue: (w) => w.childProtectionPlans, numeric: true },
              { header: "Visits overdue", cell: (w) => String(w.visitsOverdue), sortValue: (w) => w.visitsOverdue, numeric: true },
            ]}
          />
          {workload.data.workers
            .filter((w) => w.cases.length > 0)
            .map((w) => (
              <Table
                key={w.id}
                caption={`Cases held by ${w.displayName}`}
                captionSize="s"
                rows={w.cases}
                rowKey={(c) => c.id}
                columns={[
                  {
                    header: "Family",
                    cell: (c) => (
                      <Link className="govuk-link" to={casePaths.fssCase(c.id)}>
                        {c.familyName}
                      </Link>
                    ),
                    sortValue: (c) => c.familyName,
                  },
                  { header: "Children", cell: (c) => String(c.children), sortValue: (c) => c.children, numeric: true },
                  { header: "On CP plans", cell: (c) => String(c.childProtectionPlans), sortValue: (c) => c.childProtectionPlans, numeric: true },
                  { header: "Visits overdue", cell: (c) => String(c.visitsOverdue), sortValue: (c) => c.visitsOverdue, numeric: true },
                ]}
              />
            ))}
        </>
      )}
    </>
  );
}
