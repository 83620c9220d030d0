import type { ReactNode } from "react";
import { Link } from "react-router";

export interface SummaryListRow {
  key: ReactNode;
  value: ReactNode;
  /** A change link; `visuallyHiddenText` says what changes, for screen readers ("Change name"). */
  action?: { to: string; text: string; visuallyHiddenText: string };
}

/** Keys and values, like a person's details or the answers on a check-answers page. */
export function SummaryList({ rows, noBorder }: { rows: SummaryListRow[]; noBorder?: boolean }) {
  const anyActions = rows.some((row) => row.action);
  return (
    <dl className={`govuk-summary-list${noBorder ? " govuk-summary-list--no-border" : ""}`}>
      {rows.map((row, index) => (
        <div key={index} className={`govuk-summary-list__row${anyActions && !row.action ? " govuk-summary-list__row--no-actions" : ""}`}>
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
          {row.action && (
            <dd className="govuk-summary-list__actions">
              <Link className="govuk-link" to={row.action.to}>
                {row.action.text}
                <span className="govuk-visually-hidden"> {row.action.visuallyHiddenText}</span>
              </Link>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
