import type { ReactNode } from "react";
import { ErrorSummary } from "../../components/error-summary";
import { serverFieldErrors, serverFormErrors } from "../../forms/server-errors";

/**
 * The refusal of a change made in place on the record, as GOV.UK's error summary: each field's
 * message linked to its field, and the server's own words when it was not about one field.
 */
export function ChangeErrors({ error }: { error: unknown }) {
  if (!error) return null;
  const fields = Object.entries(serverFieldErrors(error)).map(([fieldId, text]) => ({ fieldId, text }));
  return <ErrorSummary items={[...serverFormErrors(error).map((text) => ({ text })), ...fields]} focusKey={error} />;
}

/** A small form under a heading, for one change made in place from the record's pages. */
export function ChangeForm({ title, onSubmit, children }: { title: string; onSubmit: () => void; children: ReactNode }) {
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <h3 className="govuk-heading-s">{title}</h3>
      {children}
    </form>
  );
}
