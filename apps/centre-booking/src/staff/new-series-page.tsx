import type { RouterOutputs } from "@hearth/api";
import { countOf, sessionSeriesCreateSchema } from "@hearth/domain";
import { BackLink, Button, ErrorSummary, Panel, usePageTitle, useSchemaForm, useTRPC } from "@hearth/ui";
import { useMutation } from "@tanstack/react-query";
import { Link } from "react-router";
import { CentrePicker, useCentreChoice } from "./centre-choice";
import { FormDate } from "./form-date";
import { SeriesPreview, skippedWeek } from "./series-preview";
import { staffPaths } from "./paths";
import { asCapacity, EMPTY_DETAILS, orUndefined, SessionDetailFields, SessionTypeSelect } from "./session-fields";
import { useForgetSessionLists } from "./use-staff-session";

const FIELDS = ["sessionTypeId", "title", "description", "locationNote", "firstDate", "lastDate", "startTime", "endTime", "capacity"] as const;

/** The same session every week between two dates; the server skips bank holidays and closures. */
export function NewSeriesPage() {
  const trpc = useTRPC();
  const { centre } = useCentreChoice();
  const forgetLists = useForgetSessionLists();
  const form = useSchemaForm({
    schema: sessionSeriesCreateSchema,
    defaultValues: { sessionTypeId: "", firstDate: "", lastDate: "", ...EMPTY_DETAILS },
    toInput: (v) => ({
      ...v,
      centreId: centre?.id,
      description: orUndefined(v.description),
      locationNote: orUndefined(v.locationNote),
      capacity: asCapacity(v.capacity),
    }),
    order: FIELDS,
  });
  const create = useMutation(trpc.centreSessions.createSeries.mutationOptions());
  const summary = form.summary();
  usePageTitle(create.data ? "Weekly series created" : "Create a weekly series", { hasErrors: summary.length > 0 });

  const submit = form.onSubmit(async (input) => {
    await create.mutateAsync(input);
    forgetLists();
  });

  if (create.data) return <SeriesCreated result={create.data} />;
  return (
    <>
      <BackLink to={staffPaths.sessions}>Back to sessions</BackLink>
      <ErrorSummary items={summary} focusKey={form.focusKey} />
      <h1 className="govuk-heading-l">Create a weekly series</h1>
      <CentrePicker />
      <form onSubmit={submit} noValidate>
        <SessionTypeSelect form={form} />
        <SessionDetailFields
          form={form}
          when={
            <>
              <FormDate
                form={form}
                name="firstDate"
                legend="Date of the first session"
                hint="The series runs on this day of the week, for example 6 1 2027"
              />
              <FormDate form={form} name="lastDate" legend="Date of the last session" hint="Up to a year after the first, for example 14 7 2027" />
            </>
          }
        />
        <SeriesPreview centreId={centre?.id} firstDate={form.values.firstDate} lastDate={form.values.lastDate} />
        <Button disabled={create.isPending}>Create series</Button>
      </form>
    </>
  );
}

function SeriesCreated({ result }: { result: RouterOutputs["centreSessions"]["createSeries"] }) {
  return (
    <>
      <Panel title="Weekly series created">{countOf(result.sessionsCreated, "session is", "sessions are")} open for booking</Panel>
      {result.skipped.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Weeks with no session</h2>
          <ul className="govuk-list govuk-list--bullet">
            {result.skipped.map((skip) => (
              <li key={skip.date}>{skippedWeek(skip)}</li>
            ))}
          </ul>
        </>
      )}
      <p className="govuk-body">
        <Link className="govuk-link" to={staffPaths.sessions}>
          Back to sessions
        </Link>
      </p>
    </>
  );
}
