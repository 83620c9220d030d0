import "./messages.css";
import { Button, InsetText, LoadProblem, NotificationBanner, Table, usePageTitle, useTRPC } from "@hearth/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

const when = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", dateStyle: "long", timeStyle: "short" });

// What each kind of message is, in staff's words.
const kindLabels: Record<string, string> = {
  booking_confirmed: "Booking confirmed",
  booking_waitlisted: "On the waiting list",
  waitlist_place_offered: "Place from the waiting list",
  booking_cancelled: "Booking cancelled",
  session_cancelled: "Session cancelled",
  session_changed: "Session changed",
  session_reminder: "Reminder",
};

const statusLabels: Record<string, string> = {
  permanent_failure: "Contact detail does not work",
  temporary_failure: "Phone off or inbox full",
  technical_failure: "Could not send (will not retry by itself)",
  no_contact: "Could not contact: no mobile or email",
};

/**
 * Messages to families: the ones that could not be sent, each with a retry, and the outbox —
 * where messages are kept when Hearth is not connected to GOV.UK Notify or email, so none is lost.
 */
export function MessagesPage() {
  usePageTitle("Messages to families");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const failed = useQuery(trpc.notifications.failed.queryOptions({ limit: 100 }));
  const outbox = useQuery(trpc.notifications.outbox.queryOptions({ limit: 50 }));
  const [retried, setRetried] = useState<string>();
  const retry = useMutation(
    trpc.notifications.retry.mutationOptions({
      onSuccess: async (_result, input) => {
        const row = failed.data?.find((f) => f.id === input.deliveryId);
        setRetried(row ? `The message about booking ${row.bookingReference} will be sent again.` : "The message will be sent again.");
        await queryClient.invalidateQueries({ queryKey: trpc.notifications.failed.queryKey() });
      },
    }),
  );

  return (
    <>
      <h1 className="govuk-heading-l">Messages to families</h1>
      {retried && <NotificationBanner type="success" title="Success" heading={retried} />}

      <h2 className="govuk-heading-m">Could not be sent</h2>
      {failed.isPending && <p className="govuk-body">Loading…</p>}
      {failed.isError && <LoadProblem error={failed.error} what="messages" />}
      {failed.data?.length === 0 && <p className="govuk-body">Every message has gone out.</p>}
      {failed.data && failed.data.length > 0 && (
        <Table
          caption="Messages that could not be sent"
          captionSize="s"
          rows={failed.data}
          rowKey={(r) => String(r.id)}
          columns={[
            { header: "Booking", cell: (r) => r.bookingReference },
            { header: "Message", cell: (r) => kindLabels[r.kind] ?? r.kind },
            { header: "Problem", cell: (r) => statusLabels[r.status] ?? r.status },
            { header: "When", cell: (r) => when.format(new Date(r.at)) },
            {
              header: <span className="govuk-visually-hidden">Action</span>,
              cell: (r) => (
                <Button type="button" variant="secondary" onClick={() => retry.mutate({ deliveryId: r.id })} disabled={retry.isPending}>
                  Send again<span className="govuk-visually-hidden"> (booking {r.bookingReference})</span>
                </Button>
              ),
            },
          ]}
        />
      )}

      <h2 className="govuk-heading-m">Outbox</h2>
      <InsetText>
        When Hearth is not connected to GOV.UK Notify or an email server, messages to families are kept here instead of being sent, so that none is
        lost.
      </InsetText>
      {outbox.isError && <LoadProblem error={outbox.error} what="outbox" />}
      {outbox.data?.length === 0 && <p className="govuk-body">The outbox is empty.</p>}
      {outbox.data?.map((m) => (
        <div key={m.id} className="govuk-summary-card">
          <div className="govuk-summary-card__title-wrapper">
            <h3 className="govuk-summary-card__title">{m.subject}</h3>
          </div>
          <div className="govuk-summary-card__content">
            <dl className="govuk-summary-list">
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">To</dt>
                <dd className="govuk-summary-list__value">
                  {m.recipient} ({m.channel === "sms" ? "text message" : "email"})
                </dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Kept</dt>
                <dd className="govuk-summary-list__value">{when.format(new Date(m.createdAt))}</dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Message</dt>
                <dd className="govuk-summary-list__value hearth-message-body">{m.body}</dd>
              </div>
            </dl>
          </div>
        </div>
      ))}
    </>
  );
}
