import { BackLink, Button, ErrorSummary, InsetText, usePageTitle } from "@hearth/ui";
import type { FormEvent, ReactNode } from "react";
import { summaryItems, type FieldErrorMap } from "./field-errors";
import type { PublicSession } from "./session-types";
import { sessionCaption } from "./session-details";

/**
 * The frame of every question page: back link, error summary, the session as a caption, the
 * question and a Continue button. The form is `noValidate` so messages come from our schemas, in
 * the GOV.UK style, rather than from the browser.
 */
export function QuestionPage({
  title,
  heading,
  backTo,
  session,
  errors,
  formMessages = [],
  attempts,
  onSubmit,
  submitText = "Continue",
  children,
}: {
  title: string;
  /** Left out when the single field's label or legend is the page heading. */
  heading?: string;
  backTo: string;
  session: { data?: PublicSession; isError: boolean };
  errors: FieldErrorMap;
  formMessages?: string[];
  attempts: number;
  onSubmit: () => void;
  submitText?: string;
  children: ReactNode;
}) {
  const items = summaryItems(errors, formMessages);
  usePageTitle(title, { hasErrors: items.length > 0 });
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <>
      <BackLink to={backTo} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary items={items} focusKey={attempts} />
          {session.isError ? (
            <InsetText>This session could not be found. Go back and choose another session.</InsetText>
          ) : (
            <>
              {session.data && <span className="govuk-caption-l">{sessionCaption(session.data)}</span>}
              {heading && <h1 className="govuk-heading-l">{heading}</h1>}
              <form noValidate onSubmit={handleSubmit}>
                {children}
                <Button>{submitText}</Button>
              </form>
            </>
          )}
        </div>
      </div>
    </>
  );
}
