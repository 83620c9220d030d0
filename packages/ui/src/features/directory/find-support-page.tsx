import { directoryNeedLabels, directoryNeeds, directorySearchSchema } from "@hearth/domain";
import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { useSearchParams } from "react-router";
import { usePageTitle } from "../../app/service";
import { Button } from "../../components/button";
import { InsetText } from "../../components/content";
import { ErrorSummary } from "../../components/error-summary";
import { Select } from "../../components/form/select";
import { TextInput } from "../../components/form/text-input";
import { useSchemaForm } from "../../forms/use-schema-form";
import { useTRPC } from "../../trpc/trpc";
import {
  parseSupportFilters,
  supportFieldOfInput,
  supportFiltersFromUrl,
  supportFiltersToUrl,
  supportSearchInput,
  type SupportFilters,
} from "./find-support-search";
import { SupportResults } from "./support-results";

/**
 * "Find support near you" (issue 15 §1): the locality service directory for families, without an
 * account. One page, search on top and results below, so a phone user scrolls rather than taps.
 */
export function FindSupportPage({ bookingLink }: { bookingLink: (centreId: string, sessionTypeId: string) => string }) {
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const filters = supportFiltersFromUrl(params);
  const input = parseSupportFilters(filters);
  const form = useSchemaForm<SupportFilters, unknown>({
    schema: directorySearchSchema,
    defaultValues: filters,
    toInput: supportSearchInput,
    aliases: supportFieldOfInput,
  });
  const localities = useQuery(trpc.reference.localities.queryOptions({}));
  const results = useQuery({ ...trpc.directory.search.queryOptions(input ?? {}), enabled: Boolean(input), retry: false });
  const query = params.toString();
  useEffect(() => {
    form.form.reset(supportFiltersFromUrl(new URLSearchParams(query)));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query]);
  useEffect(() => {
    // A postcode outside the county is the server's to say: its message goes beside the box.
    if (results.error) form.showServerError(results.error);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [results.error]);
  const items = form.summary();
  usePageTitle("Find support near you", { hasErrors: items.length > 0 });

  const localityOptions = [{ value: "", text: "Anywhere in the county" }, ...(localities.data ?? []).map((l) => ({ value: l.id, text: l.name }))];
  const needOptions = [{ value: "", text: "Any kind of support" }, ...directoryNeeds.map((n) => ({ value: n, text: directoryNeedLabels[n] }))];

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary items={items} focusKey={form.focusKey} />
        <h1 className="govuk-heading-l">Find support near you</h1>
        <p className="govuk-body">
          Services for children, young people and families in the county: what they offer, who they are for and how to contact them. You do not need
          an account.
        </p>
        <form noValidate role="search" aria-label="Support" onSubmit={form.onSubmit((_, typed) => setParams(supportFiltersToUrl(typed)))}>
          <TextInput
            label="Postcode"
            hint="A full postcode, like OX4 6QB, or the first part, like OX4"
            autoComplete="postal-code"
            width="10"
            {...form.field("postcode")}
          />
          <Select label="Or choose a locality" options={localityOptions} {...form.field("locality")} />
          <Select label="Kind of support" options={needOptions} {...form.field("need")} />
          <TextInput
            label="Age of the child or young person"
            hint="In years. Leave empty to see services for every age"
            inputMode="numeric"
            width="2"
            {...form.field("age")}
          />
          <Button>Search</Button>
        </form>
        {input && results.data && <SupportResults result={results.data} bookingLink={bookingLink} />}
        {input && results.isPending && <p className="govuk-body">Searching…</p>}
        {!input && items.length === 0 && <InsetText>Enter your postcode or choose a locality to see what is near you.</InsetText>}
      </div>
    </div>
  );
}
