import { londonDateOf, outcomeMeasureLabels, programmeReferralSourceLabels } from "@hearth/domain";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { usePageTitle } from "../../app/service";
import { Tag } from "../../components/content";
import { SummaryList } from "../../components/summary-list";
import { Table } from "../../components/table";
import { formatUkDate } from "../../format/dates";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { programmePaths } from "./paths";

const percent = (share: number | null) => (share === null ? "No one yet" : `${Math.round(share * 100)}%`);

/** One run: its sessions (a register for each that has happened), the families on it, the waiting list and its figures. */
export function RunPage() {
  const { runId = "" } = useParams();
  const trpc = useTRPC();
  const run = useQuery(trpc.programmeRuns.get.queryOptions({ runId }));
  usePageTitle(run.data ? run.data.programme.name : "Programme run");
  if (run.isPending) return <p className="govuk-body">Loading…</p>;
  if (run.isError) return <LoadProblem error={run.error} what="run" />;
  const r = run.data;
  const today = londonDateOf(new Date());
  return (
    <>
      <span className="govuk-caption-l">Programme run</span>
      <h1 className="govuk-heading-l">{r.programme.name}</h1>
      <SummaryList
        rows={[
          { key: "Venue", value: r.venue.name },
          {
            key: "When",
            value: `${r.schedule.weekday[0]!.toUpperCase()}${r.schedule.weekday.slice(1)}s, ${r.schedule.startTime} to ${r.schedule.endTime}`,
          },
          { key: "Facilitators", value: r.facilitators.join(", ") },
          { key: "Places", value: `${r.enrolments.length} of ${r.capacity} taken` },
          { key: "Status", value: r.status },
          { key: "Completion rule", value: `${Math.round(r.programme.completionShare * 100)}% of ${r.programme.numberOfSessions} sessions` },
        ]}
      />
      <h2 className="govuk-heading-m">Sessions</h2>
      <ol className="govuk-list govuk-list--number">
        {r.sessionDates.map((date) => (
          <li key={date}>
            {date <= today ? (
              <Link className="govuk-link" to={programmePaths.register(r.id, date)}>
                Register for {formatUkDate(date)}
              </Link>
            ) : (
              <>{formatUkDate(date)} (the register opens on the day)</>
            )}
          </li>
        ))}
      </ol>
      <Table
        caption="Families on the run"
        rows={r.enrolments}
        rowKey={(e) => e.enrolmentId}
        columns={[
          {
            header: "Name",
            cell: (e) =>
              e.restricted ? (
                e.name
              ) : (
                <Link className="govuk-link" to={programmePaths.outcomes(e.personId)}>
                  {e.name}
                </Link>
              ),
            sortValue: (e) => e.name,
          },
          { header: "Attended", cell: (e) => `${e.attended} (needs ${e.needed})`, sortValue: (e) => e.attended, numeric: true },
          {
            header: "Status",
            cell: (e) =>
              e.completed ? (
                <Tag colour="green">Completed</Tag>
              ) : e.missedTwoInARow ? (
                <Tag colour="red">Missed the last two sessions</Tag>
              ) : (
                <Tag colour="blue">Enrolled</Tag>
              ),
          },
        ]}
      />
      <Table
        caption="Referrals and waiting list"
        rows={r.referrals}
        rowKey={(x) => x.id}
        columns={[
          { header: "Name", cell: (x) => x.name, sortValue: (x) => x.name },
          { header: "From", cell: (x) => programmeReferralSourceLabels[x.source] },
          { header: "Status", cell: (x) => (x.position ? `Waiting, number ${x.position}` : x.status) },
        ]}
      />
      <h2 className="govuk-heading-m">Completion and change</h2>
      <SummaryList
        rows={[
          { key: "Completed", value: `${r.figures.completed} of ${r.figures.enrolled} (${percent(r.figures.completionRate)})` },
          ...r.figures.measures.map((m) => ({
            key: outcomeMeasureLabels[m.measure],
            value:
              m.pairs === 0
                ? "No before and after yet"
                : `Mean change ${m.meanChange} (from ${m.meanBefore} to ${m.meanAfter}) over ${m.pairs}${
                    m.reliableImprovementShare === null ? "" : `; reliable improvement ${percent(m.reliableImprovementShare)}`
                  }`,
          })),
        ]}
      />
    </>
  );
}
