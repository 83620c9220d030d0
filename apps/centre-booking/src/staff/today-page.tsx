import { addDays, formatLongDate, isIsoDate, isoDateSchema } from "@hearth/domain";
import { Button, DateInput, ErrorSummary, LoadProblem, schemaOfFields, Table, Tag, todayIso, usePageTitle, useSchemaForm, useTRPC } from "@hearth/ui";
import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { Link, useSearchParams } from "react-router";
import { CentrePicker, useCentreChoice } from "./centre-choice";
import { staffPaths } from "./paths";
import { sessionTime } from "./session-text";

/** The day's sessions at the centre: counts only, with a link to each register. */
export function TodayPage() {
  const [params, setParams] = useSearchParams();
  const asked = params.get("date") ?? "";
  const date = isIsoDate(asked) ? asked : todayIso();
  const form = useSchemaForm<{ date: string }, { date: string }>({
    schema: schemaOfFields({ date: isoDateSchema }),
    defaultValues: { date },
    // The example says how to type a date in the three boxes.
    check: ({ date: typed }) => ({ date: isIsoDate(typed) ? undefined : "Enter a real date, like 23 11 2026" }),
  });
  // Following the previous or next day link moves the boxes too.
  const { reset } = form.form;
  useEffect(() => reset({ date }), [reset, date]);
  const summary = form.summary();
  const isToday = date === todayIso();
  usePageTitle(isToday ? "Today’s sessions" : "Sessions on a day", { hasErrors: summary.length > 0 });

  return (
    <>
      <ErrorSummary items={summary} focusKey={form.focusKey} />
      <span className="govuk-caption-l">{formatLongDate(date)}</span>
      <h1 className="govuk-heading-l">{isToday ? "Today’s sessions" : "Sessions on this day"}</h1>
      <CentrePicker />
      <form onSubmit={form.onSubmit((shown) => setParams({ date: shown.date }))} noValidate className="hearth-no-print">
        <DateInput legend="Show sessions on" legendSize="s" hint="For example, 23 11 2026" {...form.bind("date")} />
        <div className="govuk-button-group">
          <Button variant="secondary">Show sessions</Button>
          <Link className="govuk-link" to={`?date=${addDays(date, -1)}`}>
            Previous day
          </Link>
          <Link className="govuk-link" to={`?date=${addDays(date, 1)}`}>
            Next day
          </Link>
        </div>
      </form>
      <DaySessions date={date} />
    </>
  );
}

function DaySessions({ date }: { date: string }) {
  const trpc = useTRPC();
  const { centre } = useCentreChoice();
  const sessions = useQuery({
    ...trpc.centreSessions.list.queryOptions({ centreId: centre?.id ?? "", from: date, to: date }),
    enabled: Boolean(centre),
  });
  if (!centre) return null;
  if (sessions.isPending)
    return (
      <p className="govuk-body" role="status">
        Loading sessions…
      </p>
    );
  if (sessions.isError) return <LoadProblem error={sessions.error} what="sessions" />;
  if (sessions.data.length === 0) return <p className="govuk-body">There are no sessions at {centre.name} on this day.</p>;
  return (
    <Table
      caption={`Sessions at ${centre.name}`}
      rows={sessions.data}
      rowKey={(s) => s.id}
      columns={[
        {
          header: "Session",
          cell: (s) => (
            <Link className="govuk-link" to={staffPaths.register(s.id)}>
              {s.title}
              <span className="govuk-visually-hidden">: open the register</span>
            </Link>
          ),
        },
        { header: "Time", cell: sessionTime },
        {
          header: "Booked",
          cell: (s) => (s.status === "cancelled" ? <Tag colour="red">Cancelled</Tag> : `${s.bookedCount} of ${s.capacity}`),
        },
        { header: "Waiting list", cell: (s) => s.waitlistCount, numeric: true },
      ]}
    />
  );
}
