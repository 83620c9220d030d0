import { useEffect, type ReactNode } from "react";
import type { FieldValues } from "react-hook-form";
import { usePageTitle } from "../app/service";
import { Button } from "../components/button";
import { ErrorSummary } from "../components/error-summary";
import { useSchemaForm, type SchemaForm, type SchemaParser } from "./use-schema-form";

/**
 * A search page's form (find a person, find a family): checked in the browser by the same schema
 * as the server, with the server's refusal shown the same way. The search runs from the history
 * entry, so going back or forward refills the boxes with the search on screen, and the server's
 * answer arrives outside the submit handler (`serverError`).
 */
export function SearchForm<Values extends FieldValues, Out>({
  title,
  schema,
  initialValues,
  serverError,
  onSearch,
  children,
}: {
  /** The page's title and the search landmark's name, like "Find a person". */
  title: string;
  schema: SchemaParser<Out>;
  initialValues: Values;
  serverError: unknown;
  onSearch: (search: Out) => void;
  /** The boxes, given the form. */
  children: (form: SchemaForm<Values, Out>) => ReactNode;
}) {
  const form = useSchemaForm<Values, Out>({ schema, defaultValues: initialValues });
  const searchKey = JSON.stringify(initialValues);
  const { reset } = form.form;
  useEffect(() => {
    reset(JSON.parse(searchKey) as Values, { keepSubmitCount: true });
  }, [reset, searchKey]);
  const { showServerError } = form;
  useEffect(() => {
    if (serverError) showServerError(serverError);
    // Shown once per answer from the server, not again on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [serverError]);
  const summary = form.summary();
  usePageTitle(title, { hasErrors: summary.length > 0 });
  return (
    <>
      <ErrorSummary items={summary} focusKey={form.focusKey} />
      <form onSubmit={form.onSubmit(onSearch)} noValidate role="search" aria-label={title}>
        {children(form)}
        <Button>Search</Button>
      </form>
    </>
  );
}
