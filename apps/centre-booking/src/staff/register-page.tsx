import { countOf, formatLongDate } from "@hearth/domain";
import { BackLink, Button, InsetText, RecordProblem, SummaryList, Tag, todayIso, usePageTitle, useTRPC, WarningText } from "@hearth/ui";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { BookedChildren } from "./booked-children";
import { staffPaths } from "./paths";
import { firstName, sessionTime } from "./session-text";
import { WalkInForm } from "./walk-in-form";
import "./register.css";

/**
 * One session's register, on a tablet or on paper. The names come from the server only for a
 * signed-in member of staff (and are audited there); they are not cached after leaving the page,
 * so signing out or moving on leaves no names in the browser's memory.
 */
export function RegisterPage() {
  const { sessionId = "" } = useParams();
  const trpc = useTRPC();
  const register = useQuery({ ...trpc.centreSessions.register.queryOptions({ sessionId }), gcTime: 0, retry: false });
  usePageTitle("Register");

  if (register.isPending)
    return (
      <p className="govuk-body" role="status">
        Loading the register…
      </p>
    );
  if (register.isError) return <RecordProblem error={register.error} what="Session" />;
  const { session, booked, waitingList, walkIns, totals } = register.data;
  const cancelled = session.status === "cancelled";
  // The server opens the register on the day; before then there is nothing to mark.
  const notYet = session.date > todayIso();
  // A family may ring to cancel until the day is over, even before the register opens.
  const cancellable = !cancelled && session.date >= todayIso();

  return (
    <div className="hearth-register">
      <div className="hearth-no-print">
        <BackLink to={`${staffPaths.today}?date=${session.date}`}>Back to the day’s sessions</BackLink>
      </div>
      <span className="govuk-caption-l">{session.centre.name}</span>
      <h1 className="govuk-heading-l">Register: {session.title}</h1>
      <SummaryList
        rows={[
          { key: "Date", value: formatLongDate(session.date) },
          { key: "Time", value: sessionTime(session) },
          { key: "Booked", value: `${session.bookedCount} of ${countOf(session.capacity, "place", "places")}` },
          { key: "Waiting list", value: String(waitingList.length) },
          { key: "Attended", value: `${totals.attended}, of whom ${totals.walkIns} walked in` },
          { key: "Did not attend", value: String(totals.didNotAttend) },
        ]}
      />
      {cancelled ? (
        <WarningText>This session was cancelled, so there is no register to take.</WarningText>
      ) : (
        <div className="govuk-button-group hearth-no-print">
          <Button type="button" variant="secondary" onClick={() => window.print()}>
            Print register
          </Button>
        </div>
      )}
      {notYet && !cancelled && <InsetText>The register opens on the day of the session.</InsetText>}
      <BookedChildren sessionId={session.id} bookings={booked} readOnly={cancelled || notYet} cancellable={cancellable} />
      {waitingList.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Waiting list</h2>
          <ol className="govuk-list govuk-list--number">
            {waitingList.map((waiting) => (
              <li key={waiting.bookingId}>
                {waiting.restricted
                  ? waiting.carerName
                  : `${waiting.children.map((child) => child.firstName).join(" and ")}, with ${firstName(waiting.carerName)}`}
                {cancellable && (
                  <>
                    {" "}
                    <Link className="govuk-link hearth-no-print" to={staffPaths.cancelBooking(session.id, waiting.bookingId)}>
                      Cancel booking
                      <span className="govuk-visually-hidden"> for {waiting.children.map((child) => child.firstName).join(" and ")}</span>
                    </Link>
                  </>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
      {walkIns.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Walk-ins</h2>
          <ul className="govuk-list govuk-list--bullet">
            {walkIns.map((child) => (
              <li key={child.personId}>
                {child.restricted ? child.firstName : `${child.firstName} ${child.lastName} (${child.age})`}{" "}
                <Tag colour={child.attendance === "attended" ? "green" : "grey"}>
                  {child.attendance === "attended" ? "Attended" : "Did not attend"}
                </Tag>
              </li>
            ))}
          </ul>
        </>
      )}
      {!cancelled && !notYet && <WalkInForm sessionId={session.id} />}
    </div>
  );
}
