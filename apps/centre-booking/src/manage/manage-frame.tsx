import { InsetText, serverErrorCode, usePageTitle } from "@hearth/ui";
import { INVALID_LINK_MESSAGE } from "@hearth/domain";
import type { ReactNode } from "react";
import { useManagedBooking, type ManagedBooking } from "./use-managed-booking";

/** What every manage page shows when the link does not open a booking: that, and nothing more. */
function InvalidLink() {
  usePageTitle(INVALID_LINK_MESSAGE);
  return <h1 className="govuk-heading-l">{INVALID_LINK_MESSAGE}</h1>;
}

/** Loads the booking, then hands it to the page; a bad, old or missing link ends here. */
export function ManageFrame({ children }: { children: (booking: ManagedBooking) => ReactNode }) {
  const { token, booking } = useManagedBooking();
  if (!token) return <InvalidLink />;
  if (booking.isPending) return <p className="govuk-body">Opening your booking…</p>;
  if (booking.isError) {
    // Only a busy service is worth telling apart; every other refusal reads the same.
    return serverErrorCode(booking.error) === "TOO_MANY_REQUESTS" ? <InsetText>{booking.error.message}</InsetText> : <InvalidLink />;
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">{children(booking.data)}</div>
    </div>
  );
}
