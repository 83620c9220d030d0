import {
  isCountyWide,
  personCreateSchema,
  staffRoleSchema,
  type PersonCreate,
} from "@hearth/domain";
import { useQuery } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { usePageTitle } from "../../app/service";
import { useStaff } from "../../auth/use-staff";
import { Button } from "../../components/button";
import { BackLink } from "../../components/content";
import { ErrorSummary } from "../../components/error-summary";
import { errorSummaryItems } from "../../forms/form-errors";
import { schemaResolver } from "../../forms/schema-resolver";
import { serverFieldErrors, serverFormErrors } from "../../forms/server-errors";
import { DraftRestoredBanner, useDraft } from "../../forms/use-draft";
import { useTRPC } from "../../trpc/trpc";
import { peoplePaths } from "./paths";
import {
  personDetailsFields,
  PersonDetailsFields,
  type PersonDetailsValues,
} from "./person-details-fields";

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
  const form = useForm<PersonDetailsValues, unknown, PersonCreate>({
    resolver: schemaResolver<PersonDetailsValues, typeof personCreateSchema>(personCreateSchema),
    defaultValues: initialValues,
    shouldFocusError: false,
  });
  const draft = useDraft(ADD_PERSON_DRAFT_KEY, form, { restore: restoreDraft });
  const { errors, submitCount } = form.formState;
  const server = serverFieldErrors(serverError);
  const summary = errorSummaryItems(
    errors,
    personDetailsFields,
    serverError ? serverFormErrors(serverError) : [],
    server,
  );
  usePageTitle("Add a person", { hasErrors: summary.length > 0 });
  const areaChoices = useOwnerAreaChoices();

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={peoplePaths.find}>Find a person</BackLink>
        <ErrorSummary items={summary} focusKey={serverError ?? submitCount} />
        <DraftRestoredBanner draft={draft} />
        <h1 className="govuk-heading-l">Add a person</h1>
        <p className="govuk-body">Search first: most children and adults are on Hearth already.</p>
        <form
          onSubmit={form.handleSubmit(async (person) => {
            // The draft is up to date before the person is sent, so no late save outlives it.
            await draft.flush();
            onSubmit(person, form.getValues());
          })}
          noValidate
        >
          <PersonDetailsFields form={form} serverMessages={server} areaChoices={areaChoices} />
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
