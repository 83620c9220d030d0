import { Link } from "react-router";
import { Table } from "./table";

export interface BarChartBar {
  label: string;
  value: number;
  /** The list the bar counts, filtered to it; the table's figure links there. */
  to?: string;
  /** The figure in words when it is not a plain number ("fewer than 5", "No data"); no bar is drawn. */
  text?: string;
}

const BAR_HEIGHT = 24;
const GAP = 8;
const LABEL_WIDTH = 190;
const PLOT_WIDTH = 260;
const FIGURE_WIDTH = 50;

/**
 * A horizontal bar chart drawn as plain SVG, with the same figures in a table beside it: the chart
 * is a picture for sighted readers (`role="img"` with a summary as its name), the table is what
 * screen readers and keyboard users read and follow, so nothing is only in the picture. Bars are
 * GOV.UK blue with the figure written at the end, so no colour carries meaning on its own.
 * Shared by every dashboard, so a figure looks and reads the same everywhere.
 */
export function BarChart({
  title,
  bars,
  labelHeader,
  valueHeader = "Number",
  unit = "",
}: {
  title: string;
  bars: BarChartBar[];
  labelHeader: string;
  valueHeader?: string;
  unit?: string;
}) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = bars.length * (BAR_HEIGHT + GAP) + GAP;
  const shown = (b: BarChartBar) => b.text ?? `${b.value}${unit}`;
  const summary = `${title}: ${bars.map((b) => `${b.label} ${shown(b)}`).join(", ")}`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-one-half">
        <svg
          role="img"
          aria-label={summary}
          viewBox={`0 0 ${LABEL_WIDTH + PLOT_WIDTH + FIGURE_WIDTH} ${Math.max(height, BAR_HEIGHT)}`}
          width="100%"
          style={{ maxWidth: LABEL_WIDTH + PLOT_WIDTH + FIGURE_WIDTH }}
        >
          {bars.map((bar, i) => {
            const y = GAP + i * (BAR_HEIGHT + GAP);
            const width = Math.round((bar.value / max) * PLOT_WIDTH);
            return (
              <g key={bar.label}>
                <text x={LABEL_WIDTH - 8} y={y + BAR_HEIGHT / 2} dominantBaseline="middle" textAnchor="end" fontSize="14" fill="#0b0c0c">
                  {bar.label}
                </text>
                <rect x={LABEL_WIDTH} y={y} width={Math.max(width, bar.value > 0 ? 2 : 0)} height={BAR_HEIGHT} fill="#1d70b8" />
                <text x={LABEL_WIDTH + width + 6} y={y + BAR_HEIGHT / 2} dominantBaseline="middle" fontSize="14" fontWeight="700" fill="#0b0c0c">
                  {shown(bar)}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <div className="govuk-grid-column-one-half">
        <Table
          caption={title}
          captionSize="s"
          rows={bars}
          rowKey={(b) => b.label}
          columns={[
            { header: labelHeader, cell: (b) => b.label },
            {
              header: valueHeader,
              numeric: true,
              cell: (b) =>
                b.to ? (
                  <Link className="govuk-link" to={b.to}>
                    {shown(b)}
                    <span className="govuk-visually-hidden"> {b.label}: show the list</span>
                  </Link>
                ) : (
                  shown(b)
                ),
            },
          ]}
        />
      </div>
    </div>
  );
}
