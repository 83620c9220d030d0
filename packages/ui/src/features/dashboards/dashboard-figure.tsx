import { csvCells, dashboardFigureCsvRows, formatDashboardValue, type DashboardFigure } from "@hearth/domain";
import { BarChart } from "../../components/bar-chart";
import { Button } from "../../components/button";
import { downloadText } from "../../format/download-text";

/**
 * One figure: the chart with its data table beside it (BarChart: the picture is named by a
 * summary, the table is what screen readers and keyboards use), and its CSV. A suppressed value
 * is written "fewer than 5" everywhere, the CSV included: the API never sent the number.
 */
export function DashboardFigureView({ figure, period }: { figure: DashboardFigure; period: { from: string; to: string } }) {
  const unit = figure.unit === "percent" ? "%" : figure.unit === "per10000" ? " per 10,000" : "";
  return (
    <section className="hearth-dashboard-figure" aria-labelledby={`figure-${figure.id}`} style={{ breakInside: "avoid" }}>
      <h3 className="govuk-heading-s" id={`figure-${figure.id}`}>
        {figure.title}
      </h3>
      {figure.rows.length === 0 ? (
        <p className="govuk-body">Nothing to count in this period.</p>
      ) : (
        <BarChart
          title={figure.title}
          labelHeader={figure.labelHeader}
          valueHeader={figure.valueHeader}
          unit={unit}
          bars={figure.rows.map((r) => ({
            label: r.label,
            value: r.value ?? 0,
            text: r.suppressed || r.value === null ? formatDashboardValue(r, figure.unit) : undefined,
          }))}
        />
      )}
      <Button
        variant="secondary"
        type="button"
        className="govuk-!-display-none-print"
        onClick={() => downloadText(csvCells(dashboardFigureCsvRows(figure)), `${figure.id}-${period.from}-to-${period.to}.csv`)}
      >
        Download the figures (CSV)<span className="govuk-visually-hidden">: {figure.title}</span>
      </Button>
    </section>
  );
}
