import { familyRoleSchema, parentalResponsibilityBasisSchema, personSearchSchema, relationshipTypeSchema, type PersonSearch } from "@hearth/domain";
import { skipToken, useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { z } from "zod";
import { Button } from "../../components/button";
import { BackLink } from "../../components/content";
import { ErrorSummary } from "../../components/error-summary";
import { Radios } from "../../components/form/radios";
import { Select } from "../../components/form/select";
import { DraftRestoredBanner, useDraft } from "../../forms/use-draft";
import { useSchemaForm } from "../../forms/use-schema-form";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { fullName, peoplePaths } from "../people/paths";
import { PersonSearchResults } from "../people/person-search-results";
import { SearchForm } from "../../forms/search-form";
import { emptyPersonSearch, PersonSearchFields } from "../people/person-search-form";
import { familyRoleOptions, parentalResponsibilityOptions, relationshipOptions } from "./member-change-forms";
import { familyRecordPaths } from "./paths";
import { useFamilyRecord, type FamilyRecord } from "./use-family-record";

/**
 * Adding a member: find them in the county's person index (or add them as a new person and come
 * back), then say how they belong to the family. The chosen person is named in the address by id
 * only; the search itself stays in the page, out of the address.
 */
export function AddFamilyMemberPage() {
  const { familyId, record } = useFamilyRecord();
  const [params] = useSearchParams();
  const personId = params.get("personId");
  if (!record.data) return null;
  return (
    <>
      <BackLink to={familyRecordPaths.members(familyId)}>Members</BackLink>
      {personId ? <ChosenPerson family={record.data} personId={personId} /> : <PersonPicker familyId={familyId} />}
    </>
  );
}

function PersonPicker({ familyId }: { familyId: string }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const [search, setSearch] = useState<PersonSearch | null>(null);
  const results = useQuery(trpc.people.search.queryOptions(search ?? skipToken));
  const chooseLink = (personId: string) => `${familyRecordPaths.addMember(familyId)}?personId=${personId}`;
  return (
    <>
      <h1 className="govuk-heading-l">Add a member</h1>
      <p className="govuk-body">Find the person first: most children and adults are on Hearth already.</p>
      <SearchForm title="Add a member" schema={personSearchSchema} initialValues={emptyPersonSearch} serverError={results.error} onSearch={setSearch}>
        {(form) => <PersonSearchFields form={form} searched={emptyPersonSearch} />}
      </SearchForm>
      {search && results.isError && <LoadProblem error={results.error} what="search results" />}
      {search && results.data && (
        <>
          <p className="govuk-visually-hidden" role="status">{`${results.data.length} found`}</p>
          {results.data.length ? (
            <PersonSearchResults people={results.data} caption="Choose the person to add" personLink={chooseLink} />
          ) : (
            <h2 className="govuk-heading-m">No one found</h2>
          )}
        </>
      )}
      <p className="govuk-body">
        If they are not on Hearth,{" "}
        <Link
          className="govuk-link"
          to={peoplePaths.add}
          onClick={(event) => {
            event.preventDefault();
            void navigate(peoplePaths.add, { state: { returnTo: familyRecordPaths.addMember(familyId) } });
          }}
        >
          add them as a new person
        </Link>{" "}
        and you will come back here.
      </p>
    </>
  );
}

/** The form's answers as typed; a relationship is recorded only when a relative is chosen. */
interface JoinValues {
  role: string;
  relativeId: string;
  relationship: string;
  parentalResponsibility: string;
}
const joinSchema = z
  .object({
    role: familyRoleSchema,
    relativeId: z.string(),
    relationship: z.union([z.literal(""), relationshipTypeSchema]),
    parentalResponsibility: z.union([z.literal(""), parentalResponsibilityBasisSchema]),
  })
  .refine((v) => !v.relativeId || v.relationship, { path: ["relationship"], message: "Choose how they are related" });
const fieldOrder = ["role", "relativeId", "relationship", "parentalResponsibility"] as const;

function ChosenPerson({ family, personId }: { family: FamilyRecord; personId: string }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { refresh } = useFamilyRecord();
  const person = useQuery(trpc.people.get.queryOptions({ personId }));
  const form = useSchemaForm<JoinValues, z.output<typeof joinSchema>>({
    schema: joinSchema,
    defaultValues: { role: "", relativeId: "", relationship: "", parentalResponsibility: "" },
    order: fieldOrder,
  });
  const draft = useDraft(`family.memberAdd:${family.id}`, form.form);
  const add = useMutation(trpc.families.members.add.mutationOptions());
  const relate = useMutation(trpc.families.members.changeRelationship.mutationOptions());
  const { relativeId } = form.values;
  if (person.isError) return <LoadProblem error={person.error} what="person" />;
  if (!person.data) return <p className="govuk-body">Loading…</p>;
  const name = fullName(person.data);
  const relative = family.members.find((m) => m.personId === relativeId);

  // A refusal of either change is shown beside its field, or in the summary, by the form.
  const submit = form.onSubmit(async (join) => {
    await draft.flush();
    await add.mutateAsync({ familyId: family.id, personId, role: join.role });
    if (join.relativeId && join.relationship)
      await relate.mutateAsync({
        familyId: family.id,
        personId,
        relativeId: join.relativeId,
        relationship: join.relationship,
        parentalResponsibility: join.parentalResponsibility || null,
      });
    await draft.finish();
    await refresh();
    await navigate(familyRecordPaths.members(family.id));
  });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
        <DraftRestoredBanner draft={draft} />
        <h1 className="govuk-heading-l">Add {name} to the family</h1>
        <form noValidate onSubmit={(event) => void submit(event)}>
          <Radios
            legend={`How does ${person.data.firstName} belong to the family?`}
            legendSize="s"
            items={familyRoleOptions}
            {...form.field("role")}
          />
          {family.members.length > 0 && (
            <>
              <Select
                label="Record how they are related to (optional)"
                options={[{ value: "", text: "Not now" }, ...family.members.map((m) => ({ value: m.personId, text: fullName(m) }))]}
                {...form.field("relativeId")}
              />
              {relative && (
                <>
                  <Select
                    label={`${person.data.firstName} is ${relative.firstName}’s`}
                    options={[{ value: "", text: "Choose" }, ...relationshipOptions]}
                    {...form.field("relationship")}
                  />
                  <Select label="Parental responsibility" options={parentalResponsibilityOptions} {...form.field("parentalResponsibility")} />
                </>
              )}
            </>
          )}
          <Button disabled={add.isPending || relate.isPending}>Add to family</Button>
        </form>
      </div>
    </div>
  );
}
