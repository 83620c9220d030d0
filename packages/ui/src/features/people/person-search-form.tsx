import {
  personSearchCriteria,
  personSearchSchema,
  type PersonSearch,
  type PersonSearchCriterion,
} from "@hearth/domain";
import { useEffect } from "react";
import { Controller, useForm } from "react-hook-form";
import { usePageTitle } from "../../app/service";
import { Button } from "../../components/button";
import { ErrorSummary } from "../../components/error-summary";
import { DateInput } from "../../components/form/date-input";
import { TextInput } from "../../components/form/text-input";
import { errorSummaryItems, fieldError } from "../../forms/form-errors";
import { schemaResolver } from "../../forms/schema-resolver";
import { serverFieldErrors, serverFormErrors } from "../../forms/server-errors";

/** What the form holds: every criterion as typed, empty when not used. */
export type PersonSearchValues = Record<PersonSearchCriterion, string>;

const FIELDS = personSearchCriteria;
/** Kept inside "More ways to search", which opens by itself when one of them is filled in or wrong. */
const MORE = ["yearOfBirth", "age", "addressLine1", "nhsNumber", "upn", "personId"] as const;

export const emptyPersonSearch: PersonSearchValues = Object.fromEntries(
  FIELDS.map((k) => [k, ""]),
) as PersonSearchValues;

/**
 * Search by any mix of the criteria (issue 10): the usual three on show, the rest under "More ways
 * to search". Checked in the browser by the same schema as the server; a server refusal is shown
 * the same way.
 */
export function PersonSearchForm({
  initialValues,
  serverError,
  onSearch,
}: {
  initialValues: PersonSearchValues;
  serverError: unknown;
  onSearch: (search: PersonSearch) => void;
}) {
  const form = useForm<PersonSearchValues, unknown, PersonSearch>({
    resolver: schemaResolver<PersonSearchValues, typeof personSearchSchema>(personSearchSchema),
    defaultValues: initialValues,
    shouldFocusError: false,
  });
  const { errors, submitCount } = form.formState;
  // Going back or forward through searches refills the form with the search on screen.
  const searchKey = JSON.stringify(initialValues);
  useEffect(() => {
    form.reset(JSON.parse(searchKey) as PersonSearchValues, { keepSubmitCount: true });
  }, [form, searchKey]);
  // The search runs from the history entry, so the server's answer arrives outside the submit handler.
  const server = serverFieldErrors(serverError);
  const formMessages = serverError ? serverFormErrors(serverError) : [];
  const message = (name: (typeof FIELDS)[number]) => fieldError(errors, name) ?? server[name];
  const summary = errorSummaryItems(errors, FIELDS, formMessages, server);
  const moreOpen = MORE.some((k) => initialValues[k] !== "" || message(k) !== undefined);
  usePageTitle("Find a person", { hasErrors: summary.length > 0 });
  return (
    <>
      <ErrorSummary items={summary} focusKey={serverError ?? submitCount} />
      <form
        onSubmit={form.handleSubmit(onSearch)}
        noValidate
        role="search"
        aria-label="Find a person"
      >
        <TextInput
          label="Name"
          hint="All or part of their name, a name they are known by or used to have. Close spellings are found too."
          autoComplete="off"
          spellCheck={false}
          error={message("name")}
          {...form.register("name")}
        />
        <Controller
          control={form.control}
          name="dateOfBirth"
          render={({ field }) => (
            <DateInput
              legend="Date of birth"
              hint="For example, 27 3 2019"
              error={message("dateOfBirth")}
              {...field}
            />
          )}
        />
        <TextInput
          label="Postcode"
          hint="The whole postcode, like OX4 6QB, or its first part, like OX4"
          width="10"
          autoComplete="off"
          error={message("postcode")}
          {...form.register("postcode")}
        />
        <details className="govuk-details" open={moreOpen || undefined}>
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">More ways to search</span>
          </summary>
          <div className="govuk-details__text">
            <TextInput
              label="Year of birth"
              hint="For example, 2017"
              width="4"
              inputMode="numeric"
              autoComplete="off"
              error={message("yearOfBirth")}
              {...form.register("yearOfBirth")}
            />
            <TextInput
              label="Age"
              hint="In whole years, for example, 7"
              width="2"
              inputMode="numeric"
              autoComplete="off"
              error={message("age")}
              {...form.register("age")}
            />
            <TextInput
              label="First line of address"
              hint="For example, 14 Warwick Road"
              autoComplete="off"
              error={message("addressLine1")}
              {...form.register("addressLine1")}
            />
            <TextInput
              label="NHS number"
              hint="10 digits, like 943 476 5919"
              width="10"
              inputMode="numeric"
              autoComplete="off"
              error={message("nhsNumber")}
              {...form.register("nhsNumber")}
            />
            <TextInput
              label="Unique pupil number (UPN)"
              hint="A letter then 12 digits"
              width="20"
              autoComplete="off"
              spellCheck={false}
              error={message("upn")}
              {...form.register("upn")}
            />
            <TextInput
              label="Hearth ID"
              hint="As shown on the record"
              width="30"
              autoComplete="off"
              spellCheck={false}
              error={message("personId")}
              {...form.register("personId")}
            />
          </div>
        </details>
        <Button>Search</Button>
      </form>
    </>
  );
}
