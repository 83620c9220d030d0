import { countOf } from "@hearth/domain";
import { formatUkDate, NotificationBanner, SummaryList, Tag, usePageTitle } from "@hearth/ui";
import type { ReactNode } from "react";
import { Link, useLocation } from "react-router";
import { sessionRows } from "../booking/session-details";
import { ManageFrame } from "./manage-frame";
import type { ManagedBooking, ManagePage, OpenManageLink } from "./use-managed-booking";

export function ManageBookingPage() {
  return <ManageFrame>{(link) => <BookingView link={link} />}</ManageFrame>;
}

const placesBooked = (n: number) => countOf(n, "place", "places");

/**
 * The family's own place, in words. Never the session's places left or "join the waiting list":
 * those invite a family to book what they already hold.
 */
function yourPlace(booking: ManagedBooking): { tag: ReactNode; text: string } {
  if (booking.status === "cancelled")
    return {
      tag: <Tag colour="grey">Cancelled</Tag>,
      text: booking.session.status === "cancelled" ? "The centre has cancelled this session." : "This booking has been cancelled.",
    };
  if (booking.status === "waitlisted")
    return {
      tag: <Tag colour="orange">On the waiting list</Tag>,
      text: `You are number ${booking.waitlistPosition} on the waiting list. If a place comes up it is booked for you automatically and we will tell you.`,
    };
  return {
    tag: <Tag colour="green">Booked</Tag>,
    text: `You have ${placesBooked(booking.children.length)} booked.`,
  };
}

function BookingView({ link }: { link: OpenManageLink }) {
  usePageTitle("Your booking");
  const { booking, linkTo } = link;
  const done = (useLocation().state as { done?: string } | null)?.done;
  const place = yourPlace(booking);
  const action = (sub: ManagePage, text: string) => (
    <li>
      <Link className="govuk-link" to={linkTo(sub)}>
        {text}
      </Link>
    </li>
  );
  return (
    <>
      {done && <NotificationBanner type="success" heading={done} />}
      <span className="govuk-caption-l">Reference {booking.reference}</span>
      <h1 className="govuk-heading-l">Your booking</h1>
      <p className="govuk-body">
        {place.tag} {place.text}
      </p>
      <h2 className="govuk-heading-m">{booking.session.title}</h2>
      <SummaryList rows={sessionRows(booking.session)} />
      <h2 className="govuk-heading-m">Who is coming</h2>
      <SummaryList
        rows={booking.children.map((child) => ({
          key: child.firstName,
          value: `Born ${formatUkDate(child.dateOfBirth)}`,
        }))}
      />
      {booking.canChange ? (
        <ul className="govuk-list">
          {action("add-child", "Add a child")}
          {booking.children.length > 1 && action("remove-child", "Remove a child")}
          {action("cancel", "Cancel this booking")}
        </ul>
      ) : (
        <p className="govuk-body">This booking can no longer be changed.</p>
      )}
    </>
  );
}
