import { formatMonth, MAX_REACH_MONTHS, monthsBetween, reachQuerySchema, type ReachQuery } from "@hearth/domain";
import { Button, ErrorSummary, LoadProblem, Select, todayIso, usePageTitle, useSchemaForm, useTRPC } from "@hearth/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { CentrePicker, useCentreChoice } from "./centre-choice";
import { downloadText } from "@hearth/ui";
import { ReachChart, ReachTable } from "./reach-chart";

const FIELDS = ["fromMonth", "toMonth"] as const;

/** "2026-11" for this month and the months before it, newest first, as far back as a query may go. */
function recentMonths(): string[] {
  const thisMonth = todayIso().slice(0, 7);
  const year = Number(thisMonth.slice(0, 4));
  return monthsBetween(`${year - 2}-${thisMonth.slice(5)}`, thisMonth).reverse();
}

/** Registrations, attendances and who the centre reaches, month by month, with a CSV to download. */
export function ReachPage() {
  const { centre } = useCentreChoice();
  const months = recentMonths();
  const form = useSchemaForm({
    schema: reachQuerySchema,
    defaultValues: { fromMonth: months[5] ?? months[0]!, toMonth: months[0]! },
    toInput: (values) => ({ centreId: centre?.id, ...values }),
    order: FIELDS,
  });
  const [shown, setShown] = useState<Omit<ReachQuery, "centreId">>(form.values);
  const summary = form.summary();
  usePageTitle("Reach", { hasErrors: summary.length > 0 });

  const submit = form.onSubmit((input) => setShown({ fromMonth: input.fromMonth, toMonth: input.toMonth }));
  const options = months.map((m) => ({ value: m, text: formatMonth(m) }));

  return (
    <>
      <ErrorSummary items={summary} focusKey={form.focusKey} />
      <h1 className="govuk-heading-l">Reach</h1>
      <CentrePicker />
      <form onSubmit={submit} noValidate>
        <Select label="From" options={options} {...form.field("fromMonth")} />
        <Select label="To" hint={`Up to ${MAX_REACH_MONTHS} months`} options={options} {...form.field("toMonth")} />
        <Button variant="secondary">Show figures</Button>
      </form>
      {centre && <ReachFigures query={{ centreId: centre.id, ...shown }} />}
    </>
  );
}

function ReachFigures({ query }: { query: ReachQuery }) {
  const trpc = useTRPC();
  const reach = useQuery(trpc.centreSessions.reach.queryOptions(query));
  if (reach.isPending)
    return (
      <p className="govuk-body" role="status">
        Loading figures…
      </p>
    );
  if (reach.isError) return <LoadProblem error={reach.error} what="figures" />;
  const { centre, months, csv } = reach.data;
  const fileName = `reach-${centre.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${query.fromMonth}-to-${query.toMonth}.csv`;
  return (
    <>
      <h2 className="govuk-heading-m">
        {formatMonth(query.fromMonth)} to {formatMonth(query.toMonth)}
      </h2>
      <Button type="button" variant="secondary" onClick={() => downloadText(csv, fileName)}>
        Download CSV
      </Button>
      <ReachChart months={months} />
      <ReachTable months={months} centreName={centre.name} />
      {centre.reachPostcodeDistricts.length > 0 && (
        <p className="govuk-body-s">Reach area postcode districts: {centre.reachPostcodeDistricts.join(", ")}.</p>
      )}
    </>
  );
}
