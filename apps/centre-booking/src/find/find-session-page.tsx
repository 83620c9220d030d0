import { ErrorSummary, InsetText, usePageTitle, useTRPC } from "@hearth/ui";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { summaryItems, type FieldErrorMap } from "../booking/field-errors";
import { rememberSearch } from "../booking/paths";
import { SearchForm } from "./search-form";
import { filtersFromUrl, filtersToUrl, parseFilters, type SearchFilters } from "./search-params";
import { SessionResults } from "./session-results";

/** Find a session: filters on top, results below, on one page so a phone user scrolls, not taps. */
export function FindSessionPage() {
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromUrl(params);
  const parsed = parseFilters(filters);
  // Errors from the last search typed; a search from the address bar that fails shows them too.
  const [typedErrors, setTypedErrors] = useState<FieldErrorMap | null>(null);
  const [attempts, setAttempts] = useState(0);
  const errors = typedErrors ?? (parsed.ok ? {} : parsed.errors);
  const results = useQuery({
    ...trpc.sessions.search.queryOptions(parsed.ok ? parsed.input : {}),
    enabled: parsed.ok,
  });
  const query = params.toString();
  useEffect(() => rememberSearch(query), [query]);
  const items = summaryItems(errors);
  usePageTitle("Find a session", { hasErrors: items.length > 0 });

  const search = (typed: SearchFilters) => {
    const check = parseFilters(typed);
    setAttempts((n) => n + 1);
    setTypedErrors(check.ok ? null : check.errors);
    if (check.ok) setParams(filtersToUrl(typed));
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary items={items} focusKey={attempts} />
        <h1 className="govuk-heading-l">Find a session</h1>
        {/* Keyed by the address so the back button puts the earlier search back in the boxes. */}
        <SearchForm key={params.toString()} initial={filters} errors={errors} onSearch={search} />
        {parsed.ok && !typedErrors ? (
          <SessionResults query={results} />
        ) : (
          <InsetText>Correct the search to see sessions.</InsetText>
        )}
      </div>
    </div>
  );
}
