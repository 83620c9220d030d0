import { formatUkDate } from "../../format/dates";

interface Reading {
  id: string;
  takenOn: string;
  point: string;
  total: number | null;
}

/**
 * One measure over time as a line, with the same readings in a table beside it: the chart is for
 * seeing the trend, the table is what a screen reader (and anyone checking a number) reads.
 */
export function OutcomeChart({ label, readings, higherIsBetter }: { label: string; readings: Reading[]; higherIsBetter: boolean }) {
  const scored = readings.filter((r): r is Reading & { total: number } => r.total !== null);
  const width = 320;
  const height = 160;
  const pad = 24;
  const totals = scored.map((r) => r.total);
  const min = Math.min(...totals, 0);
  const max = Math.max(...totals, 1);
  const x = (i: number) => pad + (scored.length < 2 ? (width - 2 * pad) / 2 : (i * (width - 2 * pad)) / (scored.length - 1));
  const y = (v: number) => height - pad - ((v - min) / (max - min || 1)) * (height - 2 * pad);
  const points = scored.map((r, i) => `${x(i)},${y(r.total)}`).join(" ");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-one-half">
        <svg
          role="img"
          aria-label={`${label}: chart of ${scored.length} readings, ${higherIsBetter ? "higher" : "lower"} is better`}
          viewBox={`0 0 ${width} ${height}`}
          width="100%"
        >
          <line x1={pad} y1={height - pad} x2={width - pad} y2={height - pad} stroke="#505a5f" />
          <polyline fill="none" stroke="#1d70b8" strokeWidth="3" points={points} />
          {scored.map((r, i) => (
            <g key={r.id}>
              <circle cx={x(i)} cy={y(r.total)} r="5" fill="#1d70b8" />
              <text x={x(i)} y={y(r.total) - 10} textAnchor="middle" fontSize="14" fill="#0b0c0c">
                {r.total}
              </text>
            </g>
          ))}
        </svg>
      </div>
      <div className="govuk-grid-column-one-half">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">{label}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Taken
              </th>
              <th scope="col" className="govuk-table__header">
                When
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Score
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {readings.map((r) => (
              <tr key={r.id} className="govuk-table__row">
                <td className="govuk-table__cell">{formatUkDate(r.takenOn)}</td>
                <td className="govuk-table__cell">{r.point === "before" ? "Before" : r.point === "after" ? "After" : "Review"}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{r.total ?? "Not scored"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
