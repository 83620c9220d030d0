import { sessionSearchSchema } from "@hearth/domain";
import { ErrorSummary, InsetText, usePageTitle, useSchemaForm, useTRPC } from "@hearth/ui";
import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { useSearchParams } from "react-router";
import { rememberSearch } from "../booking/paths";
import { SearchForm } from "./search-form";
import { filtersFromUrl, filtersToUrl, parseFilters, searchFieldOfInput, searchInput } from "./search-params";
import { SessionResults } from "./session-results";

/** Find a session: filters on top, results below, on one page so a phone user scrolls, not taps. */
export function FindSessionPage() {
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromUrl(params);
  const input = parseFilters(filters);
  const form = useSchemaForm({
    schema: sessionSearchSchema,
    defaultValues: filters,
    toInput: searchInput,
    aliases: searchFieldOfInput,
  });
  const results = useQuery({
    ...trpc.sessions.search.queryOptions(input ?? {}),
    enabled: Boolean(input),
  });
  const query = params.toString();
  useEffect(() => {
    rememberSearch(query);
    // The back button puts the earlier search back in the boxes; a search from the address bar
    // that fails shows its errors too.
    form.form.reset(filtersFromUrl(new URLSearchParams(query)));
    if (!parseFilters(filtersFromUrl(new URLSearchParams(query)))) void form.form.trigger();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query]);
  const items = form.summary();
  usePageTitle("Find a session", { hasErrors: items.length > 0 });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary items={items} focusKey={form.focusKey} />
        <h1 className="govuk-heading-l">Find a session</h1>
        <SearchForm form={form} onSubmit={form.onSubmit((_, typed) => setParams(filtersToUrl(typed)))} />
        {input && items.length === 0 ? <SessionResults query={results} /> : <InsetText>Correct the search to see sessions.</InsetText>}
      </div>
    </div>
  );
}
