import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { RouterOutputs } from "@hearth/api";
import { usePageTitle } from "../../app/service";
import { Tag, type TagColour } from "../../components/content";
import { Table } from "../../components/table";
import { formatUkDate, formatUkDateTime, todayIso } from "../../format/dates";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { StartCensusForm } from "./start-census-form";

type Run = RouterOutputs["returns"]["cinCensusRuns"]["returns"][number];

const statusText: Record<Run["status"], string> = { queued: "Waiting", running: "Building", completed: "Ready", failed: "Failed" };
const statusColour: Record<Run["status"], TagColour> = { queued: "grey", running: "blue", completed: "green", failed: "red" };
const number = (n: number) => n.toLocaleString("en-GB");
const POLL_MS = 1_000;

/**
 * "Statutory returns": start the CIN census, watch it being built, and download the file and its
 * validation report. The list is polled while a run is waiting or building.
 */
export function StatutoryReturnsPage() {
  usePageTitle("Statutory returns");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const runs = useQuery({
    ...trpc.returns.cinCensusRuns.queryOptions({}),
    refetchInterval: (query) => (query.state.data?.returns.some((r) => r.status === "queued" || r.status === "running") ? POLL_MS : false),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.returns.cinCensusRuns.queryKey() });
  return (
    <>
      <h1 className="govuk-heading-l">Statutory returns</h1>
      <StartCensusForm today={todayIso()} onStarted={() => void refresh()} />
      <h2 className="govuk-heading-m">Children in Need census runs</h2>
      {runs.isPending && <p className="govuk-body">Loading…</p>}
      {runs.isError && <LoadProblem error={runs.error} what="census runs" />}
      {runs.isSuccess &&
        (runs.data.returns.length === 0 ? (
          <p className="govuk-body">No census has been built yet.</p>
        ) : (
          <Table
            caption="Latest first"
            captionSize="s"
            rows={runs.data.returns}
            rowKey={(r) => r.id}
            columns={[
              { header: "Reference date", cell: (r) => `${formatUkDate(r.referenceDate)} (run ${r.serialNo})` },
              { header: "Started", cell: (r) => `${formatUkDateTime(r.startedAt)} by ${r.startedByName}` },
              { header: "Status", cell: (r) => <RunStatus run={r} /> },
              { header: "Files", cell: (r) => <RunFiles run={r} /> },
            ]}
          />
        ))}
      {runs.data?.returns
        .filter((r) => r.status === "completed")
        .slice(0, 1)
        .map((r) => (
          <RuleTotals key={r.id} run={r} />
        ))}
    </>
  );
}

function RunStatus({ run }: { run: Run }) {
  const tag = <Tag colour={statusColour[run.status]}>{statusText[run.status]}</Tag>;
  if (run.status === "running" || run.status === "queued") {
    const total = run.childrenInScope ?? 0;
    const label = `census-progress-${run.id}`;
    return (
      <>
        {tag}
        <p className="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-1" id={label}>
          {total ? `${number(run.childrenDone)} of ${number(total)} children` : "Counting the children in the year…"}
        </p>
        <progress className="hearth-progress" aria-labelledby={label} max={total || 1} value={total ? run.childrenDone : 0} />
      </>
    );
  }
  if (run.status === "failed") {
    return (
      <>
        {tag}
        <p className="govuk-body-s govuk-!-margin-top-2">{run.failureReason ?? "The run stopped before it finished."}</p>
      </>
    );
  }
  return (
    <>
      {tag}
      <p className="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0">
        {number(run.childrenDone)} children; {number(run.errorCount ?? 0)} errors, {number(run.queryCount ?? 0)} queries
        {run.completedAt && `; finished ${formatUkDateTime(run.completedAt)}`}
      </p>
    </>
  );
}

function RunFiles({ run }: { run: Run }) {
  if (!run.fileUrl || !run.reportUrl) return <span className="govuk-body-s">None yet</span>;
  const year = formatUkDate(run.referenceDate);
  return (
    <ul className="govuk-list govuk-body-s">
      <li>
        <a className="govuk-link" href={run.fileUrl} download>
          Census file (XML)
          <span className="govuk-visually-hidden">
            {" "}
            for {year}, run {run.serialNo}
          </span>
        </a>
      </li>
      <li>
        <a className="govuk-link" href={run.reportUrl} download>
          Validation report (CSV)
          <span className="govuk-visually-hidden">
            {" "}
            for {year}, run {run.serialNo}
          </span>
        </a>
      </li>
    </ul>
  );
}

/** The latest ready run's findings per rule, errors first, so the data officer sees where to start. */
function RuleTotals({ run }: { run: Run }) {
  return (
    <>
      <h2 className="govuk-heading-m">Problems in the latest census, by rule</h2>
      {run.totalsByRule.length === 0 ? (
        <p className="govuk-body">No problems: every child is ready to return.</p>
      ) : (
        <Table
          caption={`Run ${run.serialNo} for ${formatUkDate(run.referenceDate)}: errors must be fixed, queries fixed or explained`}
          captionSize="s"
          rows={run.totalsByRule}
          rowKey={(t) => t.code}
          columns={[
            { header: "Rule", cell: (t) => t.code },
            { header: "Kind", cell: (t) => (t.severity === "error" ? "Error" : "Query") },
            { header: "Problems", cell: (t) => number(t.count), numeric: true },
          ]}
        />
      )}
    </>
  );
}
