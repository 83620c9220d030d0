import { InsetText, serverErrorCode, usePageTitle } from "@hearth/ui";
import { INVALID_LINK_MESSAGE } from "@hearth/domain";
import { Fragment, type ReactNode } from "react";
import { useManagedBooking, type OpenManageLink } from "./use-managed-booking";

/** What every manage page shows when the link does not open a booking: that, and nothing more. */
function InvalidLink() {
  usePageTitle(INVALID_LINK_MESSAGE);
  return <h1 className="govuk-heading-l">{INVALID_LINK_MESSAGE}</h1>;
}

/**
 * Loads the booking, then hands it to the page with actions bound to the same link, so what a
 * button changes is always the booking on the screen. A bad, old or missing link ends here.
 */
export function ManageFrame({ children }: { children: (open: OpenManageLink) => ReactNode }) {
  const { booking, ...link } = useManagedBooking();
  if (!link.token) return <InvalidLink />;
  if (booking.isPending) return <p className="govuk-body">Opening your booking…</p>;
  if (booking.isError) {
    // Only a busy service is worth telling apart; every other refusal reads the same.
    return serverErrorCode(booking.error) === "TOO_MANY_REQUESTS" ? <InsetText>{booking.error.message}</InsetText> : <InvalidLink />;
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {/* A new link starts the page afresh: nothing chosen or typed for one booking carries over. */}
        <Fragment key={link.token}>{children({ ...link, booking: booking.data })}</Fragment>
      </div>
    </div>
  );
}
