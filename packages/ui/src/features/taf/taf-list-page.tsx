import { formatClockTime } from "@hearth/domain";
import { useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import { usePageTitle } from "../../app/service";
import { Table } from "../../components/table";
import { formatUkDate } from "../../format/dates";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { tafPaths } from "./paths";

/** The open Teams Around the Family of the worker's area, or those they lead, soonest meeting first. */
export function TafListPage() {
  const [search] = useSearchParams();
  const mine = search.get("mine") === "yes";
  const trpc = useTRPC();
  const list = useQuery(trpc.taf.list.queryOptions({ mine }));
  usePageTitle("Teams Around the Family");
  const filters = [
    { text: "All open teams", to: tafPaths.list, current: !mine },
    { text: "Teams I lead", to: tafPaths.mine, current: mine },
  ];
  return (
    <>
      <h1 className="govuk-heading-l">Teams Around the Family</h1>
      <nav aria-label="Filter teams">
        <ul className="govuk-list govuk-list--inline" style={{ display: "flex", gap: "1.5em" }}>
          {filters.map((f) => (
            <li key={f.to}>
              <Link
                className="govuk-link"
                to={f.to}
                aria-current={f.current ? "page" : undefined}
                style={f.current ? { fontWeight: 700 } : undefined}
              >
                {f.text}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {list.isPending && <p className="govuk-body">Loading…</p>}
      {list.isError && <LoadProblem error={list.error} what="teams around the family" />}
      {list.data &&
        (list.data.teams.length === 0 ? (
          <p className="govuk-body">No open teams.</p>
        ) : (
          <Table
            caption="Open teams"
            rows={list.data.teams}
            rowKey={(t) => t.id}
            columns={[
              {
                header: "Family",
                cell: (t) => (
                  <Link className="govuk-link" to={tafPaths.taf(t.id)}>
                    {t.familyName}
                  </Link>
                ),
              },
              { header: "Lead professional", cell: (t) => t.leadName },
              { header: "Started", cell: (t) => formatUkDate(t.startedOn), sortValue: (t) => t.startedOn },
              {
                header: "Next meeting",
                cell: (t) =>
                  t.nextMeetingOn
                    ? `${formatUkDate(t.nextMeetingOn)}${t.nextMeetingAt ? `, ${formatClockTime(t.nextMeetingAt)}` : ""}`
                    : "None scheduled",
                sortValue: (t) => `${t.nextMeetingOn ?? "9999"} ${t.nextMeetingAt ?? ""}`,
              },
              {
                header: "Next review due",
                cell: (t) => (t.nextReviewOn ? formatUkDate(t.nextReviewOn) : "Not set"),
                sortValue: (t) => t.nextReviewOn ?? "9999",
              },
            ]}
          />
        ))}
    </>
  );
}
