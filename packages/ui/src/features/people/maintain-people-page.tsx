import type { RouterOutputs } from "@hearth/api";
import { can, countOf, personSearchCriteria, personSearchSchema, type PersonSearch } from "@hearth/domain";
import { skipToken, useQuery } from "@tanstack/react-query";
import { Link, useLocation, useNavigate } from "react-router";
import { usePageTitle } from "../../app/service";
import { useStaff } from "../../auth/use-staff";
import { NotificationBanner } from "../../components/notification-banner";
import { Table } from "../../components/table";
import { SearchForm } from "../../forms/search-form";
import { serverErrorCode } from "../../forms/server-errors";
import { formatUkDate } from "../../format/dates";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { fullName, peoplePaths } from "./paths";
import { emptyPersonSearch, PersonSearchFields, type PersonSearchValues } from "./person-search-form";

type Found = RouterOutputs["people"]["findToMaintain"][number];

/** What the page was sent with: the last search (history state, never the address) and a finished merge. */
export interface MaintainPageState {
  personSearch?: Partial<PersonSearchValues>;
  merged?: boolean;
}

/**
 * "Duplicates and restrictions" (issue 10 §2): where data officers, who keep the person index but
 * do not work cases, find a record to merge a duplicate into or to restrict, without opening it.
 * Managers reach the same screens from a person's page too. Each result leads only to the actions
 * the signed-in member of staff may take; a restricted record they are not named on shows whom to
 * contact, and (for those who manage restrictions) who may open it.
 */
export function MaintainPeoplePage() {
  const trpc = useTRPC();
  const staff = useStaff();
  const location = useLocation();
  const navigate = useNavigate();
  const state = (location.state as MaintainPageState | null) ?? {};
  const values = { ...emptyPersonSearch, ...state.personSearch };
  const filled = Object.entries(values).filter(([, value]) => value !== "");
  const input = filled.length ? (Object.fromEntries(filled) as unknown as PersonSearch) : null;
  const results = useQuery(trpc.people.findToMaintain.queryOptions(input ?? skipToken));
  const badInput = serverErrorCode(results.error) === "BAD_REQUEST";
  usePageTitle("Duplicates and restrictions");

  const search = (query: PersonSearch) => {
    const personSearch: PersonSearchValues = { ...emptyPersonSearch };
    for (const key of personSearchCriteria) if (query[key] !== undefined) personSearch[key] = String(query[key]);
    void navigate(location.pathname, { state: { personSearch } satisfies MaintainPageState });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {state.merged && <NotificationBanner type="success" heading="The records were merged" />}
        <h1 className="govuk-heading-l">Duplicates and restrictions</h1>
        <p className="govuk-body">
          Find a person to merge a duplicate record into theirs
          {can(staff.role, "restrictions.manage") ? ", or to restrict who may open their record" : ""}. Their record itself is not opened.
        </p>
        <SearchForm
          title="Duplicates and restrictions"
          schema={personSearchSchema}
          initialValues={values}
          serverError={badInput ? results.error : null}
          onSearch={search}
        >
          {(form) => <PersonSearchFields form={form} searched={values} />}
        </SearchForm>
      </div>
      <div className="govuk-grid-column-full">
        <p className="govuk-visually-hidden" role="status">
          {input && results.data ? `${countOf(results.data.length, "person", "people")} found` : ""}
        </p>
        {input && results.isError && !badInput && <LoadProblem error={results.error} what="search results" />}
        {input && results.data && <Results people={results.data} />}
      </div>
    </div>
  );
}

function Results({ people }: { people: Found[] }) {
  const staff = useStaff();
  if (people.length === 0)
    return (
      <>
        <h2 className="govuk-heading-m">No one found</h2>
        <p className="govuk-body">Check the spelling, try part of the name, or search by date of birth.</p>
      </>
    );
  const rows = people.map((person, index) => ({ person, key: person.id ?? `restricted-${index}` }));
  return (
    <Table
      caption={`${countOf(people.length, "person", "people")} found`}
      rows={rows}
      rowKey={(row) => row.key}
      columns={[
        { header: "Name", cell: ({ person }) => (person.kind === "record" ? fullName(person) : `Restricted record: contact ${person.contact}`) },
        { header: "Date of birth", cell: ({ person }) => (person.kind === "record" ? formatUkDate(person.dateOfBirth) : "") },
        { header: "Postcode", cell: ({ person }) => (person.kind === "record" ? (person.postcode ?? "Not recorded") : "") },
        { header: "Area", cell: ({ person }) => (person.kind === "record" ? person.areaName : "") },
        {
          header: "Actions",
          cell: ({ person }) => {
            const name = person.kind === "record" ? fullName(person) : "this restricted record";
            const links = [
              person.kind === "record" && can(staff.role, "people.merge") && (
                <Link key="merge" className="govuk-link" to={peoplePaths.mergeChoose(person.id)}>
                  Merge a duplicate<span className="govuk-visually-hidden"> into the record of {name}</span>
                </Link>
              ),
              person.id !== null && can(staff.role, "restrictions.manage") && (
                <Link key="restrict" className="govuk-link" to={peoplePaths.restriction(person.id)}>
                  {person.kind === "restricted" || person.restricted ? "Who may open it" : "Restrict"}
                  <span className="govuk-visually-hidden"> the record of {name}</span>
                </Link>
              ),
              person.kind === "record" && can(staff.role, "records.accessLog") && (
                <Link key="access-log" className="govuk-link" to={peoplePaths.accessLog(person.id)}>
                  Who has looked<span className="govuk-visually-hidden"> at the record of {name}</span>
                </Link>
              ),
              person.kind === "record" && can(staff.role, "records.subjectAccess") && (
                <Link key="subject-access" className="govuk-link" to={peoplePaths.subjectAccess(person.id)}>
                  Subject access export<span className="govuk-visually-hidden"> for {name}</span>
                </Link>
              ),
            ].filter(Boolean);
            return (
              <ul className="govuk-list">
                {links.map((link, i) => (
                  <li key={i}>{link}</li>
                ))}
              </ul>
            );
          },
        },
      ]}
    />
  );
}
