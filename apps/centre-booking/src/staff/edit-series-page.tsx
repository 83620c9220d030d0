import { countOf, sessionSeriesUpdateSchema } from "@hearth/domain";
import { BackLink, Button, ErrorSummary, InsetText, NotFoundPage, RecordProblem, usePageTitle, useSchemaForm, useTRPC } from "@hearth/ui";
import { useMutation } from "@tanstack/react-query";
import { useNavigate, useParams } from "react-router";
import { staffPaths } from "./paths";
import { changedAnswers, DETAIL_FIELDS, detailsOf, SessionDetailFields } from "./session-fields";
import type { StaffSession } from "./session-text";
import { useForgetSessionLists, useStaffSession } from "./use-staff-session";

/** Changes every session of a weekly series that has not started yet, starting from one of them. */
export function EditSeriesPage() {
  const { sessionId = "" } = useParams();
  const session = useStaffSession(sessionId);
  usePageTitle("Change a weekly series");
  if (session.isPending)
    return (
      <p className="govuk-body" role="status">
        Loading…
      </p>
    );
  if (session.isError) return <RecordProblem error={session.error} what="Session" />;
  if (!session.data.seriesId) return <NotFoundPage />;
  return <EditSeriesForm session={session.data} seriesId={session.data.seriesId} />;
}

function EditSeriesForm({ session, seriesId }: { session: StaffSession; seriesId: string }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const forgetLists = useForgetSessionLists();
  const before = detailsOf(session);
  const form = useSchemaForm({
    schema: sessionSeriesUpdateSchema,
    defaultValues: before,
    toInput: (values) => ({ seriesId, ...changedAnswers(values, before, ["startTime", "endTime"]) }),
    order: DETAIL_FIELDS,
  });
  const update = useMutation(trpc.centreSessions.updateSeries.mutationOptions());
  const summary = form.summary();
  usePageTitle("Change a weekly series", { hasErrors: summary.length > 0 });

  const submit = form.onSubmit(async (input) => {
    const result = await update.mutateAsync(input);
    forgetLists();
    const told = result.familiesTold > 0 ? `; ${countOf(result.familiesTold, "booked family is", "booked families are")} being told` : "";
    void navigate(staffPaths.sessions, {
      state: { done: `${countOf(result.sessionsChanged, "session in the series is", "sessions in the series are")} changed${told}` },
    });
  });

  return (
    <>
      <BackLink to={staffPaths.edit(session.id)}>Back to this session</BackLink>
      <ErrorSummary items={summary} focusKey={form.focusKey} />
      <h1 className="govuk-heading-l">Change the weekly series {session.title}</h1>
      <InsetText>
        This changes every session in the series that has not started yet. Families with a place are told if the time or place in the centre changes.
      </InsetText>
      <form onSubmit={submit} noValidate>
        <SessionDetailFields form={form} when={null} />
        <Button disabled={update.isPending}>Save changes to the series</Button>
      </form>
    </>
  );
}
