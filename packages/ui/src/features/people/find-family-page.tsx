import type { RouterOutputs } from "@hearth/api";
import { countOf, familySearchSchema, type FamilySearch } from "@hearth/domain";
import { skipToken, useQuery } from "@tanstack/react-query";
import { Link, useLocation, useNavigate } from "react-router";
import { Table } from "../../components/table";
import { SearchForm } from "../../forms/search-form";
import { serverErrorCode } from "../../forms/server-errors";
import type { FormFields } from "../../forms/use-schema-form";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { peoplePaths } from "./paths";
import { NameInput, PostcodeInput } from "./person-inputs";

interface FamilySearchValues {
  name: string;
  postcode: string;
}
type FamilyFound = RouterOutputs["families"]["search"][number];

/** Like finding a person: the search stays in history state, out of the address and the logs. */
function searchFromState(state: unknown): FamilySearchValues {
  const saved = (state as { familySearch?: Partial<FamilySearchValues> } | null)?.familySearch;
  return { name: saved?.name ?? "", postcode: saved?.postcode ?? "" };
}

/** Families found directly, by their name, a member's name or where they live (issue 10). */
export function FindFamilyPage() {
  const trpc = useTRPC();
  const location = useLocation();
  const navigate = useNavigate();
  const values = searchFromState(location.state);
  const searched = Boolean(values.name || values.postcode);
  const results = useQuery(
    trpc.families.search.queryOptions(searched ? { name: values.name || undefined, postcode: values.postcode || undefined } : skipToken),
  );
  const badInput = serverErrorCode(results.error) === "BAD_REQUEST";
  const search = (query: FamilySearch) =>
    void navigate(location.pathname, {
      state: { familySearch: { name: query.name ?? "", postcode: query.postcode ?? "" } },
    });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Find a family</h1>
        <SearchForm
          title="Find a family"
          schema={familySearchSchema}
          initialValues={values}
          serverError={badInput ? results.error : null}
          onSearch={search}
        >
          {(form) => <FamilySearchFields form={form} />}
        </SearchForm>
      </div>
      <div className="govuk-grid-column-full">
        <p className="govuk-visually-hidden" role="status">
          {searched && results.data ? `${countOf(results.data.length, "family", "families")} found` : ""}
        </p>
        {searched && results.isError && !badInput && <LoadProblem error={results.error} what="search results" />}
        {searched && results.data && <FamilyResults families={results.data} />}
      </div>
    </div>
  );
}

/** The boxes of "find a family", for the shared SearchForm. */
function FamilySearchFields({ form }: { form: FormFields<keyof FamilySearchValues> }) {
  return (
    <>
      <NameInput label="Family or member’s name" hint="Like Smith household, or the name of anyone in the family" {...form.field("name")} />
      <PostcodeInput search {...form.field("postcode")} />
    </>
  );
}

function FamilyResults({ families }: { families: FamilyFound[] }) {
  if (families.length === 0) return <h2 className="govuk-heading-m">No families found</h2>;
  return (
    <Table
      caption={`${countOf(families.length, "family", "families")} found`}
      rows={families.map((family, index) => ({
        family,
        key: family.kind === "record" ? family.id : `elsewhere-${index}`,
      }))}
      rowKey={(row) => row.key}
      columns={[
        {
          header: "Family",
          cell: ({ family }) =>
            family.kind === "record" ? (
              <Link className="govuk-link" to={peoplePaths.family(family.id)}>
                {family.name}
              </Link>
            ) : (
              family.name
            ),
        },
        {
          header: "Postcode",
          cell: ({ family }) => (family.kind === "record" ? (family.postcode ?? "Not recorded") : ""),
        },
        {
          header: "Members",
          cell: ({ family }) => (family.kind === "record" ? family.members : ""),
          numeric: true,
        },
        {
          header: "Area",
          cell: ({ family }) => (family.kind === "record" ? family.areaName : `Known in ${family.areaName} area — contact ${family.contact}`),
        },
      ]}
    />
  );
}
