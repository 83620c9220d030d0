import { countOf, personSearchCriteria, personSearchSchema, type PersonSearch } from "@hearth/domain";
import { skipToken, useQuery } from "@tanstack/react-query";
import { Link, useLocation, useNavigate } from "react-router";
import { InsetText } from "../../components/content";
import { serverErrorCode } from "../../forms/server-errors";
import { LoadProblem, loadProblemText } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { peoplePaths } from "./paths";
import { PersonSearchResults } from "./person-search-results";
import { SearchForm } from "../../forms/search-form";
import { emptyPersonSearch, PersonSearchFields, type PersonSearchValues } from "./person-search-form";

// The server's default page size for a search.
const SEARCH_LIMIT = 25;

/**
 * The search lives in the history entry's state, not the address: a name, date of birth and
 * postcode in the address would stay in the browser's history, be shared with any link copied, and
 * reach logs. History state still brings the results back with the back button.
 */
function searchFromState(state: unknown): PersonSearchValues {
  const saved = (state as { personSearch?: Partial<PersonSearchValues> } | null)?.personSearch;
  return { ...emptyPersonSearch, ...saved };
}

/** The criteria filled in, as the server takes them; the server checks and converts each. */
function searchInput(values: PersonSearchValues) {
  const filled = Object.entries(values).filter(([, value]) => value !== "");
  return filled.length ? (Object.fromEntries(filled) as Partial<PersonSearchValues>) : null;
}

/** GOV.UK's search pattern: the form, then what it found, on one page. */
export function FindPersonPage() {
  const trpc = useTRPC();
  const location = useLocation();
  const navigate = useNavigate();
  const values = searchFromState(location.state);
  const input = searchInput(values);
  const searched = input !== null;
  // The form's text goes to the server as typed (the schema there turns "7" into 7), so a
  // refusal names the same field the worker filled in.
  const results = useQuery(trpc.people.search.queryOptions(input ? (input as PersonSearch) : skipToken));
  const badInput = serverErrorCode(results.error) === "BAD_REQUEST";

  // A new history entry per search, at the same address, as a form submission would make.
  const search = (query: PersonSearch) => {
    const personSearch: PersonSearchValues = { ...emptyPersonSearch };
    for (const key of personSearchCriteria) if (query[key] !== undefined) personSearch[key] = String(query[key]);
    void navigate(location.pathname, { state: { personSearch } });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Find a person</h1>
        <p className="govuk-body">
          Enter any of the details you know. People known in another area are shown with the team to contact, not their record.
        </p>
        <SearchForm
          title="Find a person"
          schema={personSearchSchema}
          initialValues={values}
          serverError={badInput ? results.error : null}
          onSearch={search}
        >
          {(form) => <PersonSearchFields form={form} searched={values} />}
        </SearchForm>
      </div>
      <div className="govuk-grid-column-full">
        {/* Always present, so screen readers announce each search's outcome as it changes. */}
        <p className="govuk-visually-hidden" role="status">
          {searched ? statusText(results, results.isError && !badInput) : ""}
        </p>
        <SearchOutcome searched={searched} results={results} failed={results.isError && !badInput} />
      </div>
    </div>
  );
}

interface SearchState {
  isPending: boolean;
  error: unknown;
  data?: Parameters<typeof PersonSearchResults>[0]["people"];
}

function countText(count: number): string {
  return `${countOf(count, "person", "people")} found`;
}

function statusText(results: SearchState, failed: boolean): string {
  if (failed) return loadProblemText(results.error, "search results");
  if (results.isPending || !results.data) return "Searching";
  return results.data.length ? countText(results.data.length) : "No one found";
}

function SearchOutcome({ searched, results, failed }: { searched: boolean; results: SearchState; failed: boolean }) {
  if (!searched) return null;
  if (failed) return <LoadProblem error={results.error} what="search results" />;
  if (results.isPending || !results.data) return <p className="govuk-body">Searching…</p>;
  const people = results.data;
  return (
    <>
      {people.length === 0 ? (
        <>
          <h2 className="govuk-heading-m">No one found</h2>
          <p className="govuk-body">Check the spelling, try part of the name, or search by date of birth.</p>
        </>
      ) : (
        <PersonSearchResults people={people} caption={countText(people.length)} />
      )}
      {people.length >= SEARCH_LIMIT && (
        <InsetText>Only the first {SEARCH_LIMIT} are shown. Add a date of birth or postcode to narrow the search.</InsetText>
      )}
      <p className="govuk-body">
        If the person is not here,{" "}
        <Link className="govuk-link" to={peoplePaths.add}>
          add a person
        </Link>
        .
      </p>
    </>
  );
}
