import { isCountyWide, personCreateSchema, staffRoleSchema, type PersonCreate } from "@hearth/domain";
import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { usePageTitle } from "../../app/service";
import { useStaff } from "../../auth/use-staff";
import { Button } from "../../components/button";
import { BackLink } from "../../components/content";
import { ErrorSummary } from "../../components/error-summary";
import { DraftRestoredBanner, useDraft } from "../../forms/use-draft";
import { useSchemaForm } from "../../forms/use-schema-form";
import { useTRPC } from "../../trpc/trpc";
import { peoplePaths } from "./paths";
import { personDetailsFields, PersonDetailsFields, type PersonDetailsValues } from "./person-details-fields";

/** The add-person form's draft: one per member of staff, kept until the person is added. */
export const ADD_PERSON_DRAFT_KEY = "person.create";

/**
 * The add-a-person question form, its answers kept as a draft as they are typed (issue 10 §3). `serverError` is the last refusal from the API (it may come
 * from the duplicate check's second attempt, after this form was left), shown beside its fields.
 */
export function AddPersonForm({
  initialValues,
  restoreDraft,
  serverError,
  submitting,
  onSubmit,
}: {
  initialValues: PersonDetailsValues;
  /** False when the form is shown again in the same visit, holding what was typed already. */
  restoreDraft: boolean;
  serverError: unknown;
  submitting: boolean;
  onSubmit: (person: PersonCreate, typed: PersonDetailsValues) => void;
}) {
  const form = useSchemaForm<PersonDetailsValues, PersonCreate>({
    schema: personCreateSchema,
    defaultValues: initialValues,
    order: personDetailsFields,
  });
  const draft = useDraft(ADD_PERSON_DRAFT_KEY, form.form, { restore: restoreDraft });
  // The refusal may come from the duplicate check's second attempt, after this form was left.
  const { showServerError } = form;
  useEffect(() => {
    if (serverError) showServerError(serverError);
    // Shown once per refusal, not again on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [serverError]);
  const summary = form.summary();
  usePageTitle("Add a person", { hasErrors: summary.length > 0 });
  const areaChoices = useOwnerAreaChoices();

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={peoplePaths.find}>Find a person</BackLink>
        <ErrorSummary items={summary} focusKey={form.focusKey} />
        <DraftRestoredBanner draft={draft} />
        <h1 className="govuk-heading-l">Add a person</h1>
        <p className="govuk-body">Search first: most children and adults are on Hearth already.</p>
        <form
          onSubmit={form.onSubmit(async (person, typed) => {
            // The draft is up to date before the person is sent, so no late save outlives it.
            await draft.flush();
            onSubmit(person, typed);
          })}
          noValidate
        >
          <PersonDetailsFields form={form} areaChoices={areaChoices} />
          <Button disabled={submitting}>Add person</Button>
        </form>
      </div>
    </div>
  );
}

/** The areas county-wide staff choose an owner from (ADR 8); undefined for staff with an area. */
function useOwnerAreaChoices() {
  const role = staffRoleSchema.safeParse(useStaff().role);
  const countyWide = role.success && isCountyWide(role.data);
  const trpc = useTRPC();
  const areas = useQuery({ ...trpc.reference.areas.queryOptions(), enabled: countyWide });
  return countyWide ? (areas.data ?? []).map((a) => ({ value: a.id, text: a.name })) : undefined;
}
