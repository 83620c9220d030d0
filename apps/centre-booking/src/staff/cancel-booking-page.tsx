import type { RouterOutputs } from "@hearth/api";
import { countOf, formatLongDate, staffBookingCancelSchema } from "@hearth/domain";
import { BackLink, Button, ErrorSummary, NotFoundPage, Panel, SummaryList, TextInput, usePageTitle, useSchemaForm, useTRPC } from "@hearth/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { staffPaths } from "./paths";
import { firstName, sessionTime } from "./session-text";
import { useForgetSessionLists } from "./use-staff-session";

type Register = RouterOutputs["centreSessions"]["register"];
type Booking = Register["booked"][number];

/**
 * A family rang to cancel: the member of staff checks it is the right booking, says why, and the
 * family is told. The booking is found on the session's register (read and audited on the server).
 */
export function CancelBookingPage() {
  const { sessionId = "", bookingId = "" } = useParams();
  const trpc = useTRPC();
  const register = useQuery({ ...trpc.centreSessions.register.queryOptions({ sessionId }), gcTime: 0, retry: false });
  const [promoted, setPromoted] = useState<number>();
  usePageTitle(promoted === undefined ? "Cancel a booking" : "Booking cancelled");
  if (register.isPending)
    return (
      <p className="govuk-body" role="status">
        Loading…
      </p>
    );
  const booking = [...(register.data?.booked ?? []), ...(register.data?.waitingList ?? [])].find((b) => b.bookingId === bookingId);
  if (promoted !== undefined) return <Cancelled sessionId={sessionId} promoted={promoted} />;
  if (register.isError || !booking) return <NotFoundPage />;
  return <CancelForm session={register.data.session} booking={booking} onCancelled={setPromoted} />;
}

function CancelForm({ session, booking, onCancelled }: { session: Register["session"]; booking: Booking; onCancelled: (promoted: number) => void }) {
  const trpc = useTRPC();
  const forgetLists = useForgetSessionLists();
  const form = useSchemaForm({
    schema: staffBookingCancelSchema,
    defaultValues: { reason: "" },
    toInput: ({ reason }) => ({ bookingId: booking.bookingId, reason }),
  });
  const cancel = useMutation(trpc.centreSessions.cancelBooking.mutationOptions());
  const summary = form.summary();
  usePageTitle("Cancel a booking", { hasErrors: summary.length > 0 });
  const children = booking.children.map((c) => c.firstName).join(" and ");
  const carer = booking.restricted ? booking.carerName : firstName(booking.carerName);

  const submit = form.onSubmit(async (input) => {
    const result = await cancel.mutateAsync(input);
    forgetLists();
    onCancelled(result.promoted);
  });

  return (
    <>
      <BackLink to={staffPaths.register(session.id)}>Back to the register</BackLink>
      <ErrorSummary items={summary} focusKey={form.focusKey} />
      <span className="govuk-caption-l">
        {session.title}, {formatLongDate(session.date)}, {sessionTime(session)}
      </span>
      <h1 className="govuk-heading-l">{booking.restricted ? "Cancel this booking" : `Cancel ${children}’s booking`}</h1>
      <SummaryList
        rows={[
          { key: "Parent or carer", value: carer },
          { key: booking.children.length === 1 ? "Child" : "Children", value: children },
        ]}
      />
      <p className="govuk-body">
        The family will get a message saying their booking is cancelled. Their place goes to the first family on the waiting list.
      </p>
      <form onSubmit={submit} noValidate>
        <TextInput
          label="Why is it cancelled?"
          hint="Kept with the booking’s history, for example: parent rang, child unwell"
          {...form.field("reason")}
        />
        <Button variant="warning" disabled={cancel.isPending}>
          Cancel booking and tell the family
        </Button>
      </form>
    </>
  );
}

function Cancelled({ sessionId, promoted }: { sessionId: string; promoted: number }) {
  return (
    <>
      <Panel title="Booking cancelled">The family is being told</Panel>
      {promoted > 0 && (
        <p className="govuk-body">
          {countOf(promoted, "family from the waiting list has a place now and is", "families from the waiting list have a place now and are")} being
          told.
        </p>
      )}
      <p className="govuk-body">
        <Link className="govuk-link" to={staffPaths.register(sessionId)}>
          Back to the register
        </Link>
      </p>
    </>
  );
}
