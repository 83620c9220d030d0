import { InsetText, Panel, usePageTitle } from "@hearth/ui";
import { Link, useParams } from "react-router";
import { useBookingDraft } from "../booking/booking-draft";
import { manageLinkFor } from "../booking/manage-link";
import { paths } from "../booking/paths";
import { sessionPlace, sessionWhen } from "../booking/session-details";

export function ConfirmationPage() {
  const sessionId = useParams().sessionId ?? "";
  const { result } = useBookingDraft(sessionId).draft;
  const waiting = result?.status === "waitlisted";
  usePageTitle(waiting ? "You are on the waiting list" : "Booking complete");
  if (!result)
    return (
      <InsetText>
        There is no booking to show.{" "}
        <Link className="govuk-link" to={paths.findSession}>
          Find a session
        </Link>
      </InsetText>
    );
  const { session } = result;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title={waiting ? "You are on the waiting list" : "Booking complete"}>
          Your reference number
          <br />
          <strong>{result.reference}</strong>
        </Panel>
        <p className="govuk-body">
          {session.title} at {sessionPlace(session)}, {sessionWhen(session)}.
        </p>
        {waiting && (
          <p className="govuk-body">
            You are number {result.waitlistPosition} on the waiting list. If a place comes up it is booked for you automatically and we will tell you.
          </p>
        )}
        <h2 className="govuk-heading-m">Change or cancel your booking</h2>
        {result.manageToken ? (
          <>
            <p className="govuk-body">
              Use this link to see your booking, cancel it or add or remove a child. Keep it private: anyone with the link can change your booking. We
              have also sent it to you.
            </p>
            <p className="govuk-body">
              <a className="govuk-link" href={manageLinkFor(result.manageToken)}>
                Manage your booking
              </a>
            </p>
          </>
        ) : (
          <p className="govuk-body">Use the link in the message we sent you.</p>
        )}
        <p className="govuk-body">
          <Link className="govuk-link" to={paths.findSession}>
            Find another session
          </Link>
        </p>
      </div>
    </div>
  );
}
