import { InsetText, QuestionPage, serverErrorCode, serverFormErrors } from "@hearth/ui";
import type { ComponentProps, ReactNode } from "react";
import { Link } from "react-router";
import { paths } from "./paths";
import { sessionCaption } from "./session-details";
import type { PublicSession } from "./session-types";
import type { BookingStepPage } from "./use-booking-step";

/**
 * A question page of the booking journey: the shared question page with the session as its
 * caption, and instead of the questions a reason when the session cannot be booked.
 */
export function BookingQuestionPage({
  step,
  children,
  ...page
}: {
  step: BookingStepPage;
  children: ReactNode;
} & Pick<ComponentProps<typeof QuestionPage>, "title" | "heading" | "submitText" | "busy"> &
  Partial<Pick<ComponentProps<typeof QuestionPage>, "errors" | "focusKey" | "onSubmit">>) {
  const { session } = step;
  return (
    <QuestionPage
      backTo={step.backTo}
      errors={step.form.summary()}
      focusKey={step.form.focusKey}
      onSubmit={step.submit}
      caption={session.data && sessionCaption(session.data)}
      notice={session.data?.full && "This session is full. Answer the questions to join the waiting list."}
      unavailable={
        session.isError && serverErrorCode(session.error) !== "NOT_FOUND" ? (
          <InsetText>{serverFormErrors(session.error)[0]}</InsetText>
        ) : session.isError || session.data?.bookable === false ? (
          <CannotBook session={session.data} />
        ) : undefined
      }
      {...page}
    >
      {children}
    </QuestionPage>
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
