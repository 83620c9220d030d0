import { BackLink, Button, ButtonGroup, ErrorSummary, serverFormErrors, usePageTitle, useTRPC } from "@hearth/ui";
import { useMutation } from "@tanstack/react-query";
import { Link } from "react-router";
import { sessionWhen } from "../booking/session-details";
import { ManageFrame } from "./manage-frame";
import type { OpenManageLink } from "./use-managed-booking";

export function CancelBookingPage() {
  return <ManageFrame>{(link) => <ConfirmCancel link={link} />}</ManageFrame>;
}

/** A confirm step, because a cancelled place goes straight to someone else. */
function ConfirmCancel({ link }: { link: OpenManageLink }) {
  const trpc = useTRPC();
  const { token, booking, linkTo, replace, showBooking } = link;
  const cancel = useMutation(
    trpc.bookings.manage.cancel.mutationOptions({
      onSuccess: (next) => {
        replace(next);
        showBooking("Your booking has been cancelled");
      },
    }),
  );
  const problems = serverFormErrors(cancel.error);
  usePageTitle("Are you sure you want to cancel this booking?", { hasErrors: problems.length > 0 });
  return (
    <>
      <BackLink to={linkTo("")} />
      <ErrorSummary items={problems.map((text) => ({ text }))} focusKey={cancel.failureCount} />
      <h1 className="govuk-heading-l">Are you sure you want to cancel this booking?</h1>
      <p className="govuk-body">
        {booking.session.title}, {sessionWhen(booking.session)}. Your place will be offered to the next family waiting.
      </p>
      <ButtonGroup>
        <Button type="button" variant="warning" disabled={cancel.isPending} onClick={() => cancel.mutate({ token })}>
          Yes, cancel the booking
        </Button>
        <Link className="govuk-link" to={linkTo("")}>
          No, keep it
        </Link>
      </ButtonGroup>
    </>
  );
}
