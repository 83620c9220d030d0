import { can, episodePartLabels, managesTeam } from "@hearth/domain";
import { useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import { usePageTitle } from "../../app/service";
import { Table } from "../../components/table";
import { LoadProblem } from "../../pages/problem-pages";
import { useStaff } from "../../auth/use-staff";
import { useTRPC } from "../../trpc/trpc";
import { CensusProblemList } from "./census-problems";
import { episodePaths } from "./paths";

/**
 * Census readiness: every child on my open cases (a manager's: the team's) whose statutory record
 * still has a census problem, each problem in plain English, and a link to the child's episodes
 * where it sits beside its field. Put right as the work is done, not in April.
 */
export function CensusReadinessPage() {
  const staff = useStaff();
  const [search, setSearch] = useSearchParams();
  const team = managesTeam(staff.role) && search.get("team") === "yes";
  usePageTitle(team ? "Census readiness: my team" : "Census readiness: my cases");
  const trpc = useTRPC();
  const list = useQuery(trpc.episodes.readiness.queryOptions({ team }));
  return (
    <>
      <h1 className="govuk-heading-l">Census readiness</h1>
      <p className="govuk-body">
        Children {team ? "on your team’s open cases" : "on your open cases"} whose statutory records would not pass the Children in Need census checks
        today.
      </p>
      {managesTeam(staff.role) && can(staff.role, "episodes.read") && (
        <p className="govuk-body">
          {team ? (
            <Link className="govuk-link" to={{ search: "" }} onClick={() => setSearch({})}>
              Show my cases only
            </Link>
          ) : (
            <Link className="govuk-link" to={{ search: "?team=yes" }}>
              Show my team’s cases
            </Link>
          )}
        </p>
      )}
      {list.isPending && <p className="govuk-body">Loading…</p>}
      {list.isError && <LoadProblem error={list.error} what="census readiness list" />}
      {list.isSuccess &&
        (list.data.children.length === 0 ? (
          <p className="govuk-body">No child has an open census problem.</p>
        ) : (
          <Table
            caption={`${list.data.children.length} child${list.data.children.length === 1 ? "" : "ren"} with census problems`}
            rows={list.data.children}
            rowKey={(c) => `${c.caseId}:${c.personId}`}
            columns={[
              {
                header: "Child",
                cell: (c) => (
                  <Link className="govuk-link" to={episodePaths.child(c.caseId, c.personId)}>
                    {c.firstName} {c.lastName}
                    <span className="govuk-visually-hidden">: put right their census problems</span>
                  </Link>
                ),
                sortValue: (c) => c.lastName + c.firstName,
              },
              { header: "Family", cell: (c) => c.familyName, sortValue: (c) => c.familyName },
              ...(team
                ? [
                    {
                      header: "Key worker",
                      cell: (c: (typeof list.data.children)[number]) => c.keyWorkerName,
                      sortValue: (c: (typeof list.data.children)[number]) => c.keyWorkerName,
                    },
                  ]
                : []),
              {
                header: "Problems",
                cell: (c) => (
                  <>
                    {[...new Set(c.problems.map((p) => (p.part === "child" ? "Child’s details" : episodePartLabels[p.part])))].join(", ")}
                    <CensusProblemList problems={c.problems} />
                  </>
                ),
                sortValue: (c) => c.problems.length,
              },
            ]}
          />
        ))}
    </>
  );
}
