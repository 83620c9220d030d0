import { formatUkDate, NotificationBanner, SummaryList, Tag, usePageTitle } from "@hearth/ui";
import { Link, useLocation } from "react-router";
import { SessionDetails } from "../booking/session-details";
import { ManageFrame } from "./manage-frame";
import { useManagedBooking, type ManagedBooking, type ManagePage } from "./use-managed-booking";

const statusTags = {
  booked: <Tag colour="green">Booked</Tag>,
  waitlisted: <Tag colour="orange">On the waiting list</Tag>,
  cancelled: <Tag colour="grey">Cancelled</Tag>,
};

export function ManageBookingPage() {
  return <ManageFrame>{(booking) => <BookingView booking={booking} />}</ManageFrame>;
}

function BookingView({ booking }: { booking: ManagedBooking }) {
  usePageTitle("Your booking");
  const { linkTo } = useManagedBooking();
  const done = (useLocation().state as { done?: string } | null)?.done;
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
        {statusTags[booking.status]}
        {booking.status === "waitlisted" && ` You are number ${booking.waitlistPosition} in line.`}
      </p>
      <h2 className="govuk-heading-m">{booking.session.title}</h2>
      <SessionDetails session={booking.session} />
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
