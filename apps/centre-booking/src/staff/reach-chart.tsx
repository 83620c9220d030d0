import type { RouterOutputs } from "@hearth/api";
import { formatMonth } from "@hearth/domain";
import "./reach.css";

type ReachMonth = RouterOutputs["centreSessions"]["reach"]["months"][number];

const percent = (share: number | null) => (share === null ? "No children seen" : `${Math.round(share * 100)}%`);

/**
 * Bars for registrations and attendances per month. The bars are a picture of the table below
 * them, so they are hidden from screen readers, which read the table instead.
 */
export function ReachChart({ months }: { months: ReachMonth[] }) {
  const most = Math.max(1, ...months.flatMap((m) => [m.familiesRegistered, m.attendances]));
  const width = (n: number) => `${(n / most) * 100}%`;
  return (
    <div className="hearth-reach-chart" aria-hidden="true">
      <p className="govuk-body-s">
        <span className="hearth-reach-key hearth-reach-bar--registered" /> Families registered{" "}
        <span className="hearth-reach-key hearth-reach-bar--attended" /> Attendances
      </p>
      {months.map((m) => (
        <div key={m.month} className="hearth-reach-month">
          <p className="govuk-body-s govuk-!-margin-bottom-1 govuk-!-font-weight-bold">{formatMonth(m.month)}</p>
          <div className="hearth-reach-row">
            <span className="hearth-reach-track">
              <span className="hearth-reach-bar hearth-reach-bar--registered" style={{ width: width(m.familiesRegistered) }} />
            </span>
            <span className="govuk-body-s">{m.familiesRegistered}</span>
          </div>
          <div className="hearth-reach-row">
            <span className="hearth-reach-track">
              <span className="hearth-reach-bar hearth-reach-bar--attended" style={{ width: width(m.attendances) }} />
            </span>
            <span className="govuk-body-s">{m.attendances}</span>
          </div>
        </div>
      ))}
    </div>
  );
}

/** The figures themselves, readable by everyone and the source the chart is drawn from. */
export function ReachTable({ months, centreName }: { months: ReachMonth[]; centreName: string }) {
  return (
    // Focusable so keyboard users can scroll the table sideways on a narrow screen.
    <div className="hearth-reach-table" role="region" aria-label="Reach figures table" tabIndex={0}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Reach figures for {centreName}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Month
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Families registered
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Attendances
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Children seen
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Under 5
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              From reach area
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {months.map((m) => (
            <tr key={m.month} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {formatMonth(m.month)}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{m.familiesRegistered}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{m.attendances}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{m.childrenSeen}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{percent(m.shareUnder5)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{percent(m.shareFromReachArea)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
