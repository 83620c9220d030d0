import { useMemo, useState, type ReactNode } from "react";
import { cx } from "./form/field-parts";
import { SortArrow, type SortDirection } from "./moj/sort-arrow";

export interface TableColumn<Row> {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /**
   * What the column sorts by (a date as ISO, a count as a number), making the table MOJ's
   * sortable table; without one the column cannot be sorted.
   */
  sortValue?: (row: Row) => string | number;
  numeric?: boolean;
}

export interface TableSort {
  column: number;
  direction: SortDirection;
}

// Natural order for text: "Family 2" before "Family 10", and case never splits a list in two.
const collator = new Intl.Collator("en-GB", { numeric: true, sensitivity: "base" });

function sortRows<Row>(rows: Row[], sortValue: (row: Row) => string | number, direction: SortDirection): Row[] {
  const sign = direction === "ascending" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const [x, y] = [sortValue(a), sortValue(b)];
    const order = typeof x === "number" && typeof y === "number" ? x - y : collator.compare(String(x), String(y));
    return sign * order;
  });
}

/**
 * A GOV.UK table with a caption (which names it for screen readers) and column headers. The first
 * column is a row header, as each row is about the thing named there.
 *
 * Columns with a `sortValue` make it MOJ's sortable table, drawn by React rather than MOJ's script
 * (which would move rows React owns). Each sortable header holds a real button, so it sorts by
 * click, Enter or Space; `aria-sort` on the header tells screen readers the order, and a polite
 * status message says what just changed. The first sort of a column is ascending, as in MOJ
 * Frontend; sorting it again reverses it.
 */
export function Table<Row>({
  caption,
  captionSize = "m",
  columns,
  rows,
  rowKey,
  initialSort,
}: {
  caption: ReactNode;
  captionSize?: "s" | "m" | "l" | "xl";
  columns: TableColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  initialSort?: TableSort;
}) {
  const [sort, setSort] = useState<TableSort | undefined>(initialSort);
  const [announcement, setAnnouncement] = useState("");
  const sortable = columns.some((column) => column.sortValue);
  const sortValue = sort && columns[sort.column]?.sortValue;
  const shown = useMemo(() => (sort && sortValue ? sortRows(rows, sortValue, sort.direction) : rows), [rows, sort, sortValue]);

  const sortBy = (column: number) => {
    const direction: SortDirection = sort?.column === column && sort.direction === "ascending" ? "descending" : "ascending";
    setSort({ column, direction });
    const header = columns[column]?.header;
    setAnnouncement(`Sorted by ${typeof header === "string" ? header : "this column"} (${direction})`);
  };

  const table = (
    <table className="govuk-table">
      <caption className={`govuk-table__caption govuk-table__caption--${captionSize}`}>
        {caption}
        {sortable && <span className="govuk-visually-hidden"> (column headers with buttons are sortable)</span>}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {columns.map((column, index) => {
            const direction = sort?.column === index ? sort.direction : "none";
            return (
              <th
                key={index}
                scope="col"
                className={cx("govuk-table__header", column.numeric && "govuk-table__header--numeric")}
                aria-sort={column.sortValue ? direction : undefined}
              >
                {column.sortValue ? (
                  <button type="button" onClick={() => sortBy(index)}>
                    {column.header}
                    <SortArrow direction={direction} />
                  </button>
                ) : (
                  column.header
                )}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {shown.map((row) => (
          <tr key={rowKey(row)} className="govuk-table__row">
            {columns.map((column, index) =>
              index === 0 ? (
                <th key={index} scope="row" className="govuk-table__header">
                  {column.cell(row)}
                </th>
              ) : (
                <td key={index} className={cx("govuk-table__cell", column.numeric && "govuk-table__cell--numeric")}>
                  {column.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (!sortable) return table;
  return (
    <>
      {table}
      <div className="govuk-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </>
  );
}
