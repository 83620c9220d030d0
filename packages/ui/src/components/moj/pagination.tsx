import { Link } from "react-router";

/** The page numbers to offer: first, last, and the current page with its neighbours; gaps become "…". */
export function pageNumbers(page: number, pageCount: number): (number | "gap")[] {
  const wanted = [1, page - 1, page, page + 1, pageCount].filter((n) => n >= 1 && n <= pageCount);
  const unique = [...new Set(wanted)].sort((a, b) => a - b);
  return unique.flatMap((n, i) => (i > 0 && n - unique[i - 1]! > 1 ? ["gap" as const, n] : [n]));
}

const arrowPath = {
  prev: "m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z",
  next: "m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z",
};

function Arrow({ type }: { type: "prev" | "next" }) {
  return (
    <svg
      className={`govuk-pagination__icon govuk-pagination__icon--${type}`}
      height="13"
      width="15"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 15 13"
    >
      <path d={arrowPath[type]} />
    </svg>
  );
}

/**
 * MOJ's pagination for long case lists: GOV.UK's pagination links, then how many results there are
 * ("Showing 21 to 40 of 95 total cases"). Each page is its own address (`hrefFor`), so a worker can
 * go back to page 3 with the back button or share it.
 */
export function Pagination({
  page,
  pageCount,
  hrefFor,
  results,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  results?: { from: number; to: number; count: number; noun?: string };
}) {
  return (
    <div className="moj-pagination">
      {pageCount > 1 && (
        <nav className="govuk-pagination moj-pagination__pagination" aria-label="Pagination">
          {page > 1 && (
            <div className="govuk-pagination__prev">
              <Link className="govuk-link govuk-pagination__link" to={hrefFor(page - 1)} rel="prev">
                <Arrow type="prev" />
                <span className="govuk-pagination__link-title">
                  Previous<span className="govuk-visually-hidden"> page</span>
                </span>
              </Link>
            </div>
          )}
          <ul className="govuk-pagination__list">
            {pageNumbers(page, pageCount).map((n, i) =>
              n === "gap" ? (
                <li key={`gap-${i}`} className="govuk-pagination__item govuk-pagination__item--ellipsis">
                  ⋯
                </li>
              ) : (
                <li key={n} className={`govuk-pagination__item${n === page ? " govuk-pagination__item--current" : ""}`}>
                  <Link
                    className="govuk-link govuk-pagination__link"
                    to={hrefFor(n)}
                    aria-label={`Page ${n}`}
                    aria-current={n === page ? "page" : undefined}
                  >
                    {n}
                  </Link>
                </li>
              ),
            )}
          </ul>
          {page < pageCount && (
            <div className="govuk-pagination__next">
              <Link className="govuk-link govuk-pagination__link" to={hrefFor(page + 1)} rel="next">
                <span className="govuk-pagination__link-title">
                  Next<span className="govuk-visually-hidden"> page</span>
                </span>
                <Arrow type="next" />
              </Link>
            </div>
          )}
        </nav>
      )}
      {results && (
        <p className="moj-pagination__results">
          Showing {results.from} to {results.to} of {results.count} total {results.noun ?? "results"}
        </p>
      )}
    </div>
  );
}
