import type { PersonSearch } from "@hearth/domain";
import { skipToken, useQuery } from "@tanstack/react-query";
import { Link, useLocation, useNavigate } from "react-router";
import { InsetText } from "../../components/content";
import { serverErrorCode } from "../../forms/server-errors";
import { useTRPC } from "../../trpc/trpc";
import { peoplePaths } from "./paths";
import { PersonResults } from "./person-results";
import { PersonSearchForm, type PersonSearchValues } from "./person-search-form";

// The server's default page size for a search.
const SEARCH_LIMIT = 25;

/**
 * The search lives in the history entry's state, not the address: a name, date of birth and
 * postcode in the address would stay in the browser's history, be shared with any link copied, and
 * reach logs. History state still brings the results back with the back button.
 */
function searchFromState(state: unknown): PersonSearchValues {
  const saved = (state as { personSearch?: Partial<PersonSearchValues> } | null)?.personSearch;
  return {
    name: saved?.name ?? "",
    dateOfBirth: saved?.dateOfBirth ?? "",
    postcode: saved?.postcode ?? "",
  };
}

/** GOV.UK's search pattern: the form, then what it found, on one page. */
export function FindPersonPage() {
  const trpc = useTRPC();
  const location = useLocation();
  const navigate = useNavigate();
  const values = searchFromState(location.state);
  const searched = Boolean(values.name || values.dateOfBirth || values.postcode);
  const results = useQuery(
    trpc.people.search.queryOptions(
      searched
        ? {
            name: values.name || undefined,
            dateOfBirth: values.dateOfBirth || undefined,
            postcode: values.postcode || undefined,
          }
        : skipToken,
    ),
  );
  const badInput = serverErrorCode(results.error) === "BAD_REQUEST";

  // A new history entry per search, at the same address, as a form submission would make.
  const search = (query: PersonSearch) => {
    const personSearch: PersonSearchValues = {
      name: query.name ?? "",
      dateOfBirth: query.dateOfBirth ?? "",
      postcode: query.postcode ?? "",
    };
    void navigate(location.pathname, { state: { personSearch } });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Find a person</h1>
        <p className="govuk-body">
          Search the records your area can see. Enter any of the details you know.
        </p>
        <PersonSearchForm
          initialValues={values}
          serverError={badInput ? results.error : null}
          onSearch={search}
        />
      </div>
      <div className="govuk-grid-column-full">
        {/* Always present, so screen readers announce each search's outcome as it changes. */}
        <p className="govuk-visually-hidden" role="status">
          {searched ? statusText(results, results.isError && !badInput) : ""}
        </p>
        <SearchOutcome
          searched={searched}
          results={results}
          failed={results.isError && !badInput}
        />
      </div>
    </div>
  );
}

interface SearchState {
  isPending: boolean;
  data?: Parameters<typeof PersonResults>[0]["people"];
}

function countText(count: number): string {
  return count === 1 ? "1 person found" : `${count} people found`;
}

function statusText(results: SearchState, failed: boolean): string {
  if (failed) return "The search did not work";
  if (results.isPending || !results.data) return "Searching";
  return results.data.length ? countText(results.data.length) : "No one found";
}

function SearchOutcome({
  searched,
  results,
  failed,
}: {
  searched: boolean;
  results: SearchState;
  failed: boolean;
}) {
  if (!searched) return null;
  if (failed) return <p className="govuk-body">Sorry, the search did not work. Try again later.</p>;
  if (results.isPending || !results.data) return <p className="govuk-body">Searching…</p>;
  const people = results.data;
  return (
    <>
      {people.length === 0 ? (
        <>
          <h2 className="govuk-heading-m">No one found</h2>
          <p className="govuk-body">
            Check the spelling, try part of the name, or search by date of birth.
          </p>
        </>
      ) : (
        <PersonResults people={people} caption={countText(people.length)} />
      )}
      {people.length >= SEARCH_LIMIT && (
        <InsetText>
          Only the first {SEARCH_LIMIT} are shown. Add a date of birth or postcode to narrow the
          search.
        </InsetText>
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
