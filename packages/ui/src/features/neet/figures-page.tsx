import { csvCells } from "@hearth/domain";
import { useQuery } from "@tanstack/react-query";
import type { RouterOutputs } from "@hearth/api";
import { usePageTitle } from "../../app/service";
import { BarChart } from "../../components/bar-chart";
import { Button } from "../../components/button";
import { BackLink } from "../../components/content";
import { Table } from "../../components/table";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { downloadText } from "../../format/download-text";
import { neetPaths } from "./paths";

type FigureRow = RouterOutputs["neet"]["figures"]["rows"][number];

const monthName = (month: string) => new Date(`${month}-01T12:00:00Z`).toLocaleDateString("en-GB", { month: "long", year: "numeric" });
const share = (value: number | null) => (value === null ? "No cohort" : `${value}%`);

/** The same rows as the table, for the council's own spreadsheets: shares as numbers, blank when there is no cohort. */
function figuresCsv(rows: FigureRow[]): string {
  return csvCells([
    ["Month", "Area", "Cohort", "NEET", "NEET %", "Not known", "Not known %"],
    ...rows.map((r) => [r.month, r.areaName, r.cohort, r.neet, r.neetShare ?? "", r.notKnown, r.notKnownShare ?? ""]),
  ]);
}

/**
 * NEET figures (issue 14 §2): NEET and not-known counts and shares of the cohort per area and
 * month. The charts show the latest month by area; the table below has every month, and the CSV
 * the same rows.
 */
export function NeetFiguresPage() {
  usePageTitle("NEET figures");
  const trpc = useTRPC();
  const figures = useQuery(trpc.neet.figures.queryOptions({}));
  if (figures.isPending) return <p className="govuk-body">Loading…</p>;
  if (figures.isError) return <LoadProblem error={figures.error} what="NEET figures" />;
  const rows = figures.data.rows;
  const latestMonth = rows.reduce((latest, r) => (r.month > latest ? r.month : latest), "");
  const latest = rows.filter((r) => r.month === latestMonth);
  return (
    <>
      <BackLink to={neetPaths.chaseList}>Chase list</BackLink>
      <h1 className="govuk-heading-l">NEET figures</h1>
      {rows.length === 0 ? (
        <p className="govuk-body">No figures yet: the cohort is empty.</p>
      ) : (
        <>
          <h2 className="govuk-heading-m">{monthName(latestMonth)}, by area</h2>
          <BarChart
            title={`NEET share of the cohort, ${monthName(latestMonth)}`}
            labelHeader="Area"
            valueHeader="NEET share"
            unit="%"
            bars={latest.map((r) => ({ label: r.areaName, value: r.neetShare ?? 0 }))}
          />
          <BarChart
            title={`Not-known share of the cohort, ${monthName(latestMonth)}`}
            labelHeader="Area"
            valueHeader="Not-known share"
            unit="%"
            bars={latest.map((r) => ({ label: r.areaName, value: r.notKnownShare ?? 0 }))}
          />
          <h2 className="govuk-heading-m">Every month</h2>
          <Button variant="secondary" type="button" onClick={() => downloadText(figuresCsv(rows), `neet-figures-${latestMonth}.csv`)}>
            Download the figures (CSV)
          </Button>
          <Table
            caption="NEET and not known, by month and area"
            captionSize="s"
            rows={rows}
            rowKey={(r) => `${r.month}:${r.areaName}`}
            columns={[
              { header: "Month", cell: (r) => monthName(r.month), sortValue: (r) => r.month },
              { header: "Area", cell: (r) => r.areaName, sortValue: (r) => r.areaName },
              { header: "Cohort", cell: (r) => r.cohort.toLocaleString("en-GB"), numeric: true },
              { header: "NEET", cell: (r) => `${r.neet.toLocaleString("en-GB")} (${share(r.neetShare)})`, numeric: true },
              { header: "Not known", cell: (r) => `${r.notKnown.toLocaleString("en-GB")} (${share(r.notKnownShare)})`, numeric: true },
            ]}
          />
        </>
      )}
    </>
  );
}
