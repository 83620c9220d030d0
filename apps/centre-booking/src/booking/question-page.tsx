import {
  BackLink,
  Button,
  ErrorSummary,
  InsetText,
  serverErrorCode,
  serverFormErrors,
  usePageTitle,
} from "@hearth/ui";
import { Link } from "react-router";
import { paths } from "./paths";
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
  busy = false,
  children,
}: {
  title: string;
  /** Left out when the single field's label or legend is the page heading. */
  heading?: string;
  backTo: string;
  session: { data?: PublicSession; isError: boolean; error: unknown };
  errors: FieldErrorMap;
  formMessages?: string[];
  attempts: number;
  onSubmit: () => void;
  submitText?: string;
  /** True while the answers are on their way, so a second press cannot send them again. */
  busy?: boolean;
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
          {session.isError && serverErrorCode(session.error) !== "NOT_FOUND" ? (
            <InsetText>{serverFormErrors(session.error)[0]}</InsetText>
          ) : session.isError || session.data?.bookable === false ? (
            <CannotBook session={session.data} />
          ) : (
            <>
              {session.data && <span className="govuk-caption-l">{sessionCaption(session.data)}</span>}
              {heading && <h1 className="govuk-heading-l">{heading}</h1>}
              {session.data?.full && (
                <InsetText>This session is full. Answer the questions to join the waiting list.</InsetText>
              )}
              <form noValidate onSubmit={handleSubmit}>
                {children}
                <Button disabled={busy}>
                  {submitText}
                </Button>
              </form>
            </>
          )}
        </div>
      </div>
    </>
  );
}

/** A session that cannot be booked says so instead of asking questions that lead nowhere. */
function CannotBook({ session }: { session?: PublicSession }) {
  const why = !session
    ? "This session could not be found."
    : session.status === "cancelled"
      ? "This session has been cancelled."
      : "This session has already started.";
  return (
    <>
      <h1 className="govuk-heading-l">You cannot book this session</h1>
      <p className="govuk-body">{why}</p>
      <p className="govuk-body">
        <Link className="govuk-link" to={paths.findSession}>
          Find another session
        </Link>
      </p>
    </>
  );
}
