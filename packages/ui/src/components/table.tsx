import type { ReactNode } from "react";
import { cx } from "./form/field-parts";

export interface TableColumn<Row> {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  numeric?: boolean;
}

/**
 * A GOV.UK table with a caption (which names it for screen readers) and column headers. The first
 * column is a row header, as each row is about the thing named there.
 */
export function Table<Row>({
  caption,
  captionSize = "m",
  columns,
  rows,
  rowKey,
}: {
  caption: ReactNode;
  captionSize?: "s" | "m" | "l" | "xl";
  columns: TableColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
}) {
  return (
    <table className="govuk-table">
      <caption className={`govuk-table__caption govuk-table__caption--${captionSize}`}>
        {caption}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {columns.map((column, index) => (
            <th
              key={index}
              scope="col"
              className={cx(
                "govuk-table__header",
                column.numeric && "govuk-table__header--numeric",
              )}
            >
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr key={rowKey(row)} className="govuk-table__row">
            {columns.map((column, index) =>
              index === 0 ? (
                <th key={index} scope="row" className="govuk-table__header">
                  {column.cell(row)}
                </th>
              ) : (
                <td
                  key={index}
                  className={cx(
                    "govuk-table__cell",
                    column.numeric && "govuk-table__cell--numeric",
                  )}
                >
                  {column.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
