import { can, fssHomeTimingLabels, type FssHome } from "@hearth/domain";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { useStaff } from "../../auth/use-staff";
import { BarChart } from "../../components/bar-chart";
import { Table } from "../../components/table";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { casePaths } from "../cases/paths";
import { episodePaths } from "../episodes/paths";
import { intakePaths } from "../requests-for-service/paths";

/**
 * The FSS home's figures (issue 12): the worker's caseload, visits and reviews by when they fall
 * and census problems on their cases; for a manager, the intake waiting for the allocation
 * meeting and the team's load. Each chart has its table; each figure links to the list behind it.
 */
export function FssHomeFigures() {
  const staff = useStaff();
  const trpc = useTRPC();
  const figures = useQuery({ ...trpc.fssHome.figures.queryOptions({}), enabled: can(staff.role, "fssHome.read") });
  if (!can(staff.role, "fssHome.read")) return null;
  if (figures.isPending)
    return (
      <p className="govuk-body" role="status">
        Loading figures…
      </p>
    );
  if (figures.isError) return <LoadProblem error={figures.error} what="figures" />;
  return <Figures home={figures.data} />;
}

function Figures({ home }: { home: FssHome }) {
  const { mine, team } = home;
  return (
    <>
      <section aria-labelledby="fss-mine-heading">
        <h2 className="govuk-heading-m" id="fss-mine-heading">
          Your cases at a glance
        </h2>
        <p className="govuk-body">
          <Link className="govuk-link" to={casePaths.caseload}>
            Open cases: {mine.openCases}
          </Link>
          <br />
          <Link className="govuk-link" to={episodePaths.readiness}>
            Children with census problems: {mine.censusProblems}
          </Link>
        </p>
        <BarChart
          title="Visits to children on your cases"
          labelHeader="When"
          valueHeader="Visits"
          bars={mine.visits.map((v) => ({ label: fssHomeTimingLabels[v.timing], value: v.count }))}
        />
        <BarChart
          title="Case plan reviews on your cases"
          labelHeader="When"
          valueHeader="Reviews"
          bars={mine.reviews.map((r) => ({ label: fssHomeTimingLabels[r.timing], value: r.count }))}
        />
        <p className="govuk-body-s">Each visit and review is in My work above, with its family.</p>
      </section>
      {team && (
        <section aria-labelledby="fss-team-heading">
          <h2 className="govuk-heading-m" id="fss-team-heading">
            {team.areaName ? `${team.areaName} team at a glance` : "Your team at a glance"}
          </h2>
          <p className="govuk-body">
            <Link className="govuk-link" to={intakePaths.queue}>
              Requests waiting for the allocation meeting: {team.intakeWaiting}
            </Link>
            <br />
            <Link className="govuk-link" to={casePaths.teamWorkload}>
              Visits overdue across the team: {team.visitsOverdue}
            </Link>
          </p>
          {team.workers.length === 0 ? (
            <p className="govuk-body">No FSS workers in the area.</p>
          ) : (
            <>
              <BarChart
                title="Families per worker"
                labelHeader="Worker"
                valueHeader="Families"
                bars={team.workers.map((w) => ({ label: w.displayName, value: w.families, to: casePaths.teamWorkload }))}
              />
              <Table
                caption="The team's workload"
                captionSize="s"
                rows={team.workers}
                rowKey={(w) => w.id}
                columns={[
                  { header: "Worker", cell: (w) => w.displayName, sortValue: (w) => w.displayName },
                  { header: "Families", numeric: true, cell: (w) => w.families, sortValue: (w) => w.families },
                  { header: "Children", numeric: true, cell: (w) => w.children, sortValue: (w) => w.children },
                  { header: "On CP plans", numeric: true, cell: (w) => w.childProtectionPlans, sortValue: (w) => w.childProtectionPlans },
                  { header: "Visits overdue", numeric: true, cell: (w) => w.visitsOverdue, sortValue: (w) => w.visitsOverdue },
                ]}
              />
            </>
          )}
        </section>
      )}
    </>
  );
}
