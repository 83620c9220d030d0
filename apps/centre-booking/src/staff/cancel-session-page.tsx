import { countOf, formatLongDate, openAccessSessionCancelSchema, sessionSeriesCancelSchema } from "@hearth/domain";
import { BackLink, Button, ErrorSummary, Panel, Radios, RecordProblem, TextInput, usePageTitle, useTRPC, WarningText } from "@hearth/ui";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useParams } from "react-router";
import { staffPaths } from "./paths";
import { sessionTime, type StaffSession } from "./session-text";
import { useSchemaForm } from "./use-schema-form";
import { useForgetSessionLists, useStaffSession } from "./use-staff-session";

export function CancelSessionPage() {
  const { sessionId = "" } = useParams();
  const session = useStaffSession(sessionId);
  const [told, setTold] = useState<number>();
  usePageTitle(told === undefined ? "Cancel a session" : "Session cancelled");
  if (session.isPending) return <p className="govuk-body" role="status">Loading…</p>;
  if (session.isError) return <RecordProblem error={session.error} what="Session" />;
  if (told !== undefined) return <Cancelled familiesTold={told} />;
  return <CancelForm session={session.data} onCancelled={setTold} />;
}

const FIELDS = ["scope", "reason"] as const;

/** The confirmation step: what will happen, why, and a button that says what it does. */
function CancelForm({ session, onCancelled }: { session: StaffSession; onCancelled: (familiesTold: number) => void }) {
  const trpc = useTRPC();
  const forgetLists = useForgetSessionLists();
  const form = useSchemaForm({ scope: session.seriesId ? "" : "session", reason: "" });
  const done = {
    onSuccess: (result: { familiesTold: number }) => {
      forgetLists();
      onCancelled(result.familiesTold);
    },
    onError: (error: unknown) => form.showServerError(error),
  };
  const cancelOne = useMutation(trpc.centreSessions.cancel.mutationOptions(done));
  const cancelSeries = useMutation(trpc.centreSessions.cancelSeries.mutationOptions(done));
  const summary = form.summary(FIELDS);
  usePageTitle("Cancel a session", { hasErrors: summary.length > 0 });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { scope, reason } = form.values;
    if (scope === "series" && session.seriesId) {
      const input = form.parse(sessionSeriesCancelSchema, { seriesId: session.seriesId, reason });
      if (input) cancelSeries.mutate(input);
    } else {
      // For a session in a series, which sessions go is a question only this page asks.
      const input = form.parse(openAccessSessionCancelSchema, { sessionId: session.id, reason }, {
        scope: scope ? undefined : "Choose whether to cancel only this session or the whole series",
      });
      if (input) cancelOne.mutate(input);
    }
  };

  return (
    <>
      <BackLink to={staffPaths.sessions}>Back to sessions</BackLink>
      <ErrorSummary items={summary} focusKey={form.attempt} />
      <span className="govuk-caption-l">
        {formatLongDate(session.date)}, {sessionTime(session)}
      </span>
      <h1 className="govuk-heading-l">Cancel {session.title}</h1>
      {session.bookedCount + session.waitlistCount > 0 && (
        <WarningText>
          Every family with a place or on the waiting list will be told it is cancelled, with the reason you give.
        </WarningText>
      )}
      <form onSubmit={submit} noValidate>
        {session.seriesId && (
          <Radios
            legend="What do you want to cancel?"
            legendSize="s"
            items={[
              { value: "session", text: "Only this session" },
              { value: "series", text: "Every session in this weekly series that has not happened yet" },
            ]}
            name="scope"
            error={form.errors.scope}
            onChange={form.field("scope").onChange}
          />
        )}
        <TextInput label="Reason" hint="Families will see this, for example: the heating has broken" {...form.field("reason")} />
        <Button variant="warning" disabled={cancelOne.isPending || cancelSeries.isPending}>
          Cancel and tell families
        </Button>
      </form>
    </>
  );
}

function Cancelled({ familiesTold }: { familiesTold: number }) {
  return (
    <>
      <Panel title="Cancelled">
        {familiesTold === 0 ? "No families had booked" : `${countOf(familiesTold, "family is", "families are")} being told`}
      </Panel>
      <p className="govuk-body">
        <Link className="govuk-link" to={staffPaths.sessions}>
          Back to sessions
        </Link>
      </p>
    </>
  );
}
