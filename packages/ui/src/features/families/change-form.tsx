import type { ReactNode } from "react";
import type { FieldValues } from "react-hook-form";
import { ErrorSummary } from "../../components/error-summary";
import type { SchemaForm } from "../../forms/use-schema-form";

/**
 * A small form under a heading, for one change made in place from the record's pages: checked by
 * the domain's schema before it is sent, each message beside its field and in GOV.UK's error
 * summary, a refusal from the server shown the same way, and what was typed kept.
 */
export function ChangeForm<Values extends FieldValues, Out>({
  title,
  form,
  onSubmit,
  children,
}: {
  title: string;
  form: SchemaForm<Values, Out>;
  onSubmit: (parsed: Out, typed: Values) => unknown;
  children: ReactNode;
}) {
  return (
    <form noValidate onSubmit={form.onSubmit(onSubmit)}>
      <h3 className="govuk-heading-s">{title}</h3>
      <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
      {children}
    </form>
  );
}
