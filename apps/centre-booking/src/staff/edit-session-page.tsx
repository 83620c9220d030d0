import { countOf, formatLongDate, openAccessSessionUpdateSchema } from "@hearth/domain";
import { BackLink, Button, ErrorSummary, InsetText, RecordProblem, usePageTitle, useSchemaForm, useTRPC } from "@hearth/ui";
import { useMutation } from "@tanstack/react-query";
import { Link, useNavigate, useParams } from "react-router";
import { FormDate } from "./form-date";
import { staffPaths } from "./paths";
import { changedAnswers, detailsOf, SessionDetailFields } from "./session-fields";
import type { StaffSession } from "./session-text";
import { useForgetSessionLists, useStaffSession } from "./use-staff-session";

const FIELDS = ["title", "description", "locationNote", "date", "startTime", "endTime", "capacity"] as const;
type Field = (typeof FIELDS)[number];

export function EditSessionPage() {
  const { sessionId = "" } = useParams();
  const session = useStaffSession(sessionId);
  usePageTitle("Change a session");
  if (session.isPending)
    return (
      <p className="govuk-body" role="status">
        Loading…
      </p>
    );
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
  const form = useSchemaForm({
    schema: openAccessSessionUpdateSchema,
    defaultValues: before,
    toInput: (values) => ({ sessionId: session.id, ...changedAnswers(values, before, ["date", "startTime", "endTime"]) }),
    order: FIELDS,
  });
  const update = useMutation(trpc.centreSessions.update.mutationOptions());
  const summary = form.summary();
  usePageTitle("Change a session", { hasErrors: summary.length > 0 });

  const submit = form.onSubmit(async (input) => {
    const result = await update.mutateAsync(input);
    forgetLists();
    const told = result.familiesTold > 0 ? `; ${countOf(result.familiesTold, "booked family is", "booked families are")} being told` : "";
    void navigate(staffPaths.sessions, { state: { done: `${result.session.title} is changed${told}` } });
  });

  return (
    <>
      <BackLink to={staffPaths.sessions}>Back to sessions</BackLink>
      <ErrorSummary items={summary} focusKey={form.focusKey} />
      <span className="govuk-caption-l">{formatLongDate(session.date)}</span>
      <h1 className="govuk-heading-l">Change {session.title}</h1>
      {session.bookedCount > 0 && (
        <InsetText>
          {countOf(session.bookedCount, "place is", "places are")} booked. If you change the date, time or place in the centre, the families will be
          told.
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
