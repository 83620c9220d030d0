import { countOf, formatLongDate, openAccessSessionCancelSchema } from "@hearth/domain";
import {
  BackLink,
  Button,
  ErrorSummary,
  Panel,
  Radios,
  RecordProblem,
  TextInput,
  usePageTitle,
  useSchemaForm,
  useTRPC,
  WarningText,
} from "@hearth/ui";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { staffPaths } from "./paths";
import { sessionTime, type StaffSession } from "./session-text";
import { useForgetSessionLists, useStaffSession } from "./use-staff-session";

export function CancelSessionPage() {
  const { sessionId = "" } = useParams();
  const session = useStaffSession(sessionId);
  const [told, setTold] = useState<number>();
  usePageTitle(told === undefined ? "Cancel a session" : "Session cancelled");
  if (session.isPending)
    return (
      <p className="govuk-body" role="status">
        Loading…
      </p>
    );
  if (session.isError) return <RecordProblem error={session.error} what="Session" />;
  if (told !== undefined) return <Cancelled familiesTold={told} />;
  return <CancelForm session={session.data} onCancelled={setTold} />;
}

const FIELDS = ["scope", "reason"] as const;

/** The confirmation step: what will happen, why, and a button that says what it does. */
function CancelForm({ session, onCancelled }: { session: StaffSession; onCancelled: (familiesTold: number) => void }) {
  const trpc = useTRPC();
  const forgetLists = useForgetSessionLists();
  // The reason follows the same rule for one session and for a series, so one schema checks it.
  const form = useSchemaForm({
    schema: openAccessSessionCancelSchema,
    defaultValues: { scope: session.seriesId ? "" : "session", reason: "" },
    toInput: ({ reason }) => ({ sessionId: session.id, reason }),
    // For a session in a series, which sessions go is a question only this page asks.
    check: ({ scope }) => ({ scope: scope ? undefined : "Choose whether to cancel only this session or the whole series" }),
    order: FIELDS,
  });
  const cancelOne = useMutation(trpc.centreSessions.cancel.mutationOptions());
  const cancelSeries = useMutation(trpc.centreSessions.cancelSeries.mutationOptions());
  const summary = form.summary();
  usePageTitle("Cancel a session", { hasErrors: summary.length > 0 });

  const submit = form.onSubmit(async ({ reason }, { scope }) => {
    const result =
      scope === "series" && session.seriesId
        ? await cancelSeries.mutateAsync({ seriesId: session.seriesId, reason })
        : await cancelOne.mutateAsync({ sessionId: session.id, reason });
    forgetLists();
    onCancelled(result.familiesTold);
  });

  return (
    <>
      <BackLink to={staffPaths.sessions}>Back to sessions</BackLink>
      <ErrorSummary items={summary} focusKey={form.focusKey} />
      <span className="govuk-caption-l">
        {formatLongDate(session.date)}, {sessionTime(session)}
      </span>
      <h1 className="govuk-heading-l">Cancel {session.title}</h1>
      {session.bookedCount + session.waitlistCount > 0 && (
        <WarningText>Every family with a place or on the waiting list will be told it is cancelled, with the reason you give.</WarningText>
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
            {...form.field("scope")}
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
