import { countOf, formatLongDate, openAccessSessionUpdateSchema } from "@hearth/domain";
import { BackLink, Button, ErrorSummary, InsetText, RecordProblem, usePageTitle, useTRPC } from "@hearth/ui";
import { useMutation } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { FormDate } from "./form-date";
import { staffPaths } from "./paths";
import { changedAnswers, detailsOf, SessionDetailFields } from "./session-fields";
import type { StaffSession } from "./session-text";
import { useSchemaForm } from "./use-schema-form";
import { useForgetSessionLists, useStaffSession } from "./use-staff-session";

const FIELDS = ["title", "description", "locationNote", "date", "startTime", "endTime", "capacity"] as const;
type Field = (typeof FIELDS)[number];

export function EditSessionPage() {
  const { sessionId = "" } = useParams();
  const session = useStaffSession(sessionId);
  usePageTitle("Change a session");
  if (session.isPending) return <p className="govuk-body" role="status">Loading…</p>;
  if (session.isError) return <RecordProblem error={session.error} what="Session" />;
  return <EditSessionForm session={session.data} />;
}

const valuesOf = (s: StaffSession): Record<Field, string> => ({ ...detailsOf(s), date: s.date });

/** Sends only what changed: a new time or place tells the booked families, a new title does not. */
function EditSessionForm({ session }: { session: StaffSession }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const forgetLists = useForgetSessionLists();
  const before = valuesOf(session);
  const form = useSchemaForm(before);
  const update = useMutation(trpc.centreSessions.update.mutationOptions());
  const summary = form.summary(FIELDS);
  usePageTitle("Change a session", { hasErrors: summary.length > 0 });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const changes = changedAnswers(form.values, before, ["date", "startTime", "endTime"]);
    const input = form.parse(openAccessSessionUpdateSchema, { sessionId: session.id, ...changes });
    if (!input) return;
    update.mutate(input, {
      onSuccess: (result) => {
        forgetLists();
        const told = result.familiesTold > 0 ? `; ${countOf(result.familiesTold, "booked family is", "booked families are")} being told` : "";
        void navigate(staffPaths.sessions, { state: { done: `${result.session.title} is changed${told}` } });
      },
      onError: (error) => form.showServerError(error),
    });
  };

  return (
    <>
      <BackLink to={staffPaths.sessions}>Back to sessions</BackLink>
      <ErrorSummary items={summary} focusKey={form.attempt} />
      <span className="govuk-caption-l">{formatLongDate(session.date)}</span>
      <h1 className="govuk-heading-l">Change {session.title}</h1>
      {session.bookedCount > 0 && (
        <InsetText>
          {countOf(session.bookedCount, "place is", "places are")} booked. If you change the date, time or place in the
          centre, the families will be told.
        </InsetText>
      )}
      {session.seriesId && (
        <p className="govuk-body">
          <Link className="govuk-link" to={staffPaths.editSeries(session.id)}>
            Change every session in this weekly series instead
          </Link>
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <SessionDetailFields form={form} when={<FormDate form={form} name="date" legend="Date" />} />
        <Button disabled={update.isPending}>Save changes</Button>
      </form>
    </>
  );
}
