import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { usePageTitle } from "../../app/service";
import { Tag } from "../../components/content";
import { Table } from "../../components/table";
import { formatUkDate } from "../../format/dates";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { visitStatusColour, visitStatusText } from "./case-labels";
import { casePaths } from "./paths";

/** "My caseload": the open cases I hold, soonest visit due first, each a link to its case page. */
export function CaseloadPage() {
  usePageTitle("My caseload");
  const trpc = useTRPC();
  const caseload = useQuery(trpc.cases.myCaseload.queryOptions({}));
  return (
    <>
      <h1 className="govuk-heading-l">My caseload</h1>
      {caseload.isPending && <p className="govuk-body">Loading…</p>}
      {caseload.isError && <LoadProblem error={caseload.error} what="caseload" />}
      {caseload.isSuccess &&
        (caseload.data.cases.length === 0 ? (
          <p className="govuk-body">You hold no open cases.</p>
        ) : (
          <Table
            caption={`${caseload.data.cases.length} open case${caseload.data.cases.length === 1 ? "" : "s"}`}
            rows={caseload.data.cases}
            rowKey={(c) => c.id}
            initialSort={{ column: 4, direction: "ascending" }}
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
              { header: "Opened", cell: (c) => formatUkDate(c.openedOn), sortValue: (c) => c.openedOn },
              { header: "Children", cell: (c) => String(c.children), sortValue: (c) => c.children, numeric: true },
              { header: "On CP plans", cell: (c) => String(c.childProtectionPlans), sortValue: (c) => c.childProtectionPlans, numeric: true },
              {
                header: "Next visit due",
                cell: (c) =>
                  c.nextVisitDue ? (
                    <>
                      {formatUkDate(c.nextVisitDue)}{" "}
                      <Tag colour={visitStatusColour[c.visitStatus ?? "due"]}>{visitStatusText[c.visitStatus ?? "due"]}</Tag>
                    </>
                  ) : (
                    "No visit cadence"
                  ),
                sortValue: (c) => c.nextVisitDue ?? "9999-12-31",
              },
            ]}
          />
        ))}
    </>
  );
}
