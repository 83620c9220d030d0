import { personSearchSchema, type PersonSearch } from "@hearth/domain";
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

export interface PersonSearchValues {
  name: string;
  dateOfBirth: string;
  postcode: string;
}

const FIELDS = ["name", "dateOfBirth", "postcode"] as const;

/**
 * Search by any mix of partial name, date of birth and postcode. Checked in the browser by the
 * same schema as the server; a server refusal is shown the same way.
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
          hint="All or part of their first or last name, or both, like jo smi"
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
          hint="All or the start of it, like OX4 or OX4 6QB"
          width="10"
          autoComplete="off"
          error={message("postcode")}
          {...form.register("postcode")}
        />
        <Button>Search</Button>
      </form>
    </>
  );
}
