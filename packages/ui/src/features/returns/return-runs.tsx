import { nccisRules, type NccisRuleCode } from "@hearth/domain";
import type { RouterOutputs } from "@hearth/api";
import { Tag, type TagColour } from "../../components/content";
import { Table } from "../../components/table";
import { formatUkDate, formatUkDateTime } from "../../format/dates";

export type ReturnRun = RouterOutputs["returns"]["cinCensusRuns"]["returns"][number];

/** What differs between the returns on the page: their words. The runs, files and totals are shown alike. */
export interface ReturnWords {
  /** "census", "NCCIS return": as in "No census has been built yet". */
  name: string;
  /** Who the return counts: "children", "young people". */
  people: string;
  /** The reference date as the table shows it: the census's day, the NCCIS return's month. */
  period: (run: ReturnRun) => string;
  fileLink: string;
  /** What a rule code means, where the return has its own words for them. */
  ruleSummary?: (code: string) => string | undefined;
}

export const censusWords: ReturnWords = {
  name: "census",
  people: "children",
  period: (r) => formatUkDate(r.referenceDate),
  fileLink: "Census file (XML)",
};

export const nccisWords: ReturnWords = {
  name: "NCCIS return",
  people: "young people",
  period: (r) => new Date(`${r.referenceDate}T12:00:00Z`).toLocaleDateString("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }),
  fileLink: "NCCIS file (XML)",
  ruleSummary: (code) => nccisRules[code as NccisRuleCode],
};

const statusText: Record<ReturnRun["status"], string> = { queued: "Waiting", running: "Building", completed: "Ready", failed: "Failed" };
const statusColour: Record<ReturnRun["status"], TagColour> = { queued: "grey", running: "blue", completed: "green", failed: "red" };
const number = (n: number) => n.toLocaleString("en-GB");

/** A return's latest runs: when and by whom each was started, its progress or result, and its files. */
export function ReturnRunsTable({ runs, words }: { runs: ReturnRun[]; words: ReturnWords }) {
  if (runs.length === 0) return <p className="govuk-body">No {words.name} has been built yet.</p>;
  return (
    <Table
      caption="Latest first"
      captionSize="s"
      rows={runs}
      rowKey={(r) => r.id}
      columns={[
        { header: "For", cell: (r) => `${words.period(r)} (run ${r.serialNo})` },
        { header: "Started", cell: (r) => `${formatUkDateTime(r.startedAt)} by ${r.startedByName}` },
        { header: "Status", cell: (r) => <RunStatus run={r} words={words} /> },
        { header: "Files", cell: (r) => <RunFiles run={r} words={words} /> },
      ]}
    />
  );
}

function RunStatus({ run, words }: { run: ReturnRun; words: ReturnWords }) {
  const tag = <Tag colour={statusColour[run.status]}>{statusText[run.status]}</Tag>;
  if (run.status === "running" || run.status === "queued") {
    const total = run.childrenInScope ?? 0;
    const label = `return-progress-${run.id}`;
    return (
      <>
        {tag}
        <p className="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-1" id={label}>
          {total ? `${number(run.childrenDone)} of ${number(total)} ${words.people}` : `Counting the ${words.people} in the return…`}
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
        {number(run.childrenDone)} {words.people}; {number(run.errorCount ?? 0)} errors, {number(run.queryCount ?? 0)} queries
        {run.completedAt && `; finished ${formatUkDateTime(run.completedAt)}`}
      </p>
    </>
  );
}

function RunFiles({ run, words }: { run: ReturnRun; words: ReturnWords }) {
  if (!run.fileUrl || !run.reportUrl) return <span className="govuk-body-s">None yet</span>;
  const links = [
    { href: run.fileUrl, text: words.fileLink },
    { href: run.reportUrl, text: "Validation report (CSV)" },
    ...(run.recordsUrl ? [{ href: run.recordsUrl, text: "Records sent (CSV)" }] : []),
  ];
  return (
    <ul className="govuk-list govuk-body-s">
      {links.map((link) => (
        <li key={link.text}>
          <a className="govuk-link" href={link.href} download>
            {link.text}
            <span className="govuk-visually-hidden">
              {" "}
              for {words.period(run)}, run {run.serialNo}
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The latest ready run's findings per rule, errors first, so the officer sees where to start. */
export function RuleTotals({ run, words }: { run: ReturnRun; words: ReturnWords }) {
  return (
    <>
      <h3 className="govuk-heading-s">Problems in the latest {words.name}, by rule</h3>
      {run.totalsByRule.length === 0 ? (
        <p className="govuk-body">No problems: every record is ready to return.</p>
      ) : (
        <Table
          caption={`Run ${run.serialNo} for ${words.period(run)}: errors must be fixed, queries fixed or explained`}
          captionSize="s"
          rows={run.totalsByRule}
          rowKey={(t) => t.code}
          columns={[
            { header: "Rule", cell: (t) => (words.ruleSummary?.(t.code) ? `${t.code}: ${words.ruleSummary(t.code)}` : t.code) },
            { header: "Kind", cell: (t) => (t.severity === "error" ? "Error" : "Query") },
            { header: "Problems", cell: (t) => number(t.count), numeric: true },
          ]}
        />
      )}
    </>
  );
}
