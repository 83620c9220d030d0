import type { RouterOutputs } from "@hearth/api";
import { Button, ErrorSummary, serverFieldErrors, serverFormErrors, Tag, useTRPC } from "@hearth/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "react-router";
import { staffPaths } from "./paths";
import { firstName } from "./session-text";

type Booking = RouterOutputs["centreSessions"]["register"]["booked"][number];
type Child = Booking["children"][number];
type Mark = "attended" | "did_not_attend";

/** Every reason a mark was refused; none of them is about a box on this page, so none is a link. */
const problems = (error: unknown) => [...serverFormErrors(error), ...Object.values(serverFieldErrors(error))].map((text) => ({ text }));

const markText: Record<Mark, string> = { attended: "Attended", did_not_attend: "Did not attend" };

/** The booked children, one row each, with the attended and did-not-attend buttons. */
export function BookedChildren({
  sessionId,
  bookings,
  readOnly,
  cancellable,
}: {
  sessionId: string;
  bookings: Booking[];
  readOnly: boolean;
  /** A family may ring to cancel until the session is over or cancelled. */
  cancellable: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const checkIn = useMutation(
    trpc.centreSessions.checkIn.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({
          queryKey: trpc.centreSessions.register.queryKey({ sessionId }),
        }),
    }),
  );
  const rows = bookings.flatMap((booking) => booking.children.map((child) => ({ booking, child })));
  const mark = (child: Child, status: Mark) => checkIn.mutate({ sessionId, personId: child.personId, status });

  return (
    <>
      <ErrorSummary items={problems(checkIn.error)} />
      {rows.length === 0 && <p className="govuk-body">Nobody has booked this session yet.</p>}
      {rows.length > 0 && (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Booked children ({rows.length})</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Child
              </th>
              <th scope="col" className="govuk-table__header">
                Age
              </th>
              <th scope="col" className="govuk-table__header">
                Parent or carer
              </th>
              <th scope="col" className="govuk-table__header">
                Check in
              </th>
              {cancellable && (
                <th scope="col" className="govuk-table__header">
                  Booking
                </th>
              )}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {rows.map(({ booking, child }) => (
              <tr key={child.personId} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {child.firstName} {child.lastName}
                </th>
                <td className="govuk-table__cell">{child.age}</td>
                <td className="govuk-table__cell">{booking.restricted ? booking.carerName : firstName(booking.carerName)}</td>
                <td className="govuk-table__cell">
                  {child.attendance && <Tag colour={child.attendance === "attended" ? "green" : "grey"}>{markText[child.attendance]}</Tag>}
                  {!readOnly && (
                    <div className="hearth-check-in govuk-!-margin-top-2">
                      {(Object.keys(markText) as Mark[])
                        .filter((status) => status !== child.attendance)
                        .map((status) => (
                          <Button
                            key={status}
                            type="button"
                            variant={status === "attended" ? "primary" : "secondary"}
                            disabled={checkIn.isPending}
                            onClick={() => mark(child, status)}
                          >
                            {markText[status]}
                            <span className="govuk-visually-hidden">: {child.firstName}</span>
                          </Button>
                        ))}
                    </div>
                  )}
                </td>
                {cancellable && (
                  <td className="govuk-table__cell">
                    {/* One link per booking, on its first child's row: cancelling takes the whole booking. */}
                    {booking.children[0]?.personId === child.personId && (
                      <Link className="govuk-link hearth-no-print" to={staffPaths.cancelBooking(sessionId, booking.bookingId)}>
                        Cancel booking<span className="govuk-visually-hidden"> for {booking.children.map((c) => c.firstName).join(" and ")}</span>
                      </Link>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
