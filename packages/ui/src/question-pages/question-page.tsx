import type { FormEventHandler, ReactNode } from "react";
import { usePageTitle } from "../app/service";
import { Button } from "../components/button";
import { BackLink, InsetText } from "../components/content";
import { ErrorSummary, type ErrorSummaryItem } from "../components/error-summary";

/**
 * GOV.UK's question page, the frame of every one-question-per-page journey (booking a session,
 * and later the LCSS and FSS journeys): back link, error summary, a caption saying what the
 * questions are about, the question and a Continue button. The form is `noValidate` so messages
 * come from the domain's schemas, in the GOV.UK style, rather than from the browser.
 */
export function QuestionPage({
  title,
  heading,
  caption,
  backTo,
  errors,
  focusKey,
  onSubmit,
  submitText = "Continue",
  busy = false,
  notice,
  unavailable,
  children,
}: {
  title: string;
  /** Left out when the single field's label or legend is the page heading. */
  heading?: string;
  /** What the questions are about (the session being booked), above the heading. */
  caption?: ReactNode;
  backTo: string;
  /** The error summary's items: `form.summary()` from useSchemaForm. */
  errors: ErrorSummaryItem[];
  /** Changes on every attempt, so the summary takes focus again (`form.focusKey`). */
  focusKey: unknown;
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitText?: string;
  /** True while the answers are on their way, so a second press cannot send them again. */
  busy?: boolean;
  /** Something to know before answering, in inset text under the heading. */
  notice?: ReactNode;
  /** Shown instead of the questions when they cannot be answered (the session has gone, say). */
  unavailable?: ReactNode;
  children: ReactNode;
}) {
  usePageTitle(title, { hasErrors: errors.length > 0 });
  return (
    <>
      <BackLink to={backTo} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary items={errors} focusKey={focusKey} />
          {unavailable ?? (
            <>
              {caption && <span className="govuk-caption-l">{caption}</span>}
              {heading && <h1 className="govuk-heading-l">{heading}</h1>}
              {notice && <InsetText>{notice}</InsetText>}
              <form noValidate onSubmit={onSubmit}>
                {children}
                <Button disabled={busy}>{submitText}</Button>
              </form>
            </>
          )}
        </div>
      </div>
    </>
  );
}
