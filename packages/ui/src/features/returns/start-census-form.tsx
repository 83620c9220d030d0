import { censusReturnStartSchema, type CensusReturnStart } from "@hearth/domain";
import { useMutation } from "@tanstack/react-query";
import { Button } from "../../components/button";
import { ErrorSummary } from "../../components/error-summary";
import { DateInput } from "../../components/form/date-input";
import { useSchemaForm } from "../../forms/use-schema-form";
import { useTRPC } from "../../trpc/trpc";

/** The 31 March of the last complete collection year: the census a data officer usually wants. */
export function lastReferenceDate(today: string): string {
  const year = Number(today.slice(0, 4));
  return today.slice(5) >= "04-01" ? `${year}-03-31` : `${year - 1}-03-31`;
}

/** Starts a run of the CIN census; the reference date must be a 31 March (the schema says so beside the field). */
export function StartCensusForm({ today, onStarted }: { today: string; onStarted: () => void }) {
  const trpc = useTRPC();
  const start = useMutation(trpc.returns.startCinCensus.mutationOptions());
  const form = useSchemaForm<{ referenceDate: string }, CensusReturnStart>({
    schema: censusReturnStartSchema,
    defaultValues: { referenceDate: lastReferenceDate(today) },
  });
  const referenceDate = form.bind("referenceDate");
  return (
    <section aria-labelledby="start-census-heading">
      <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
      <h2 className="govuk-heading-m" id="start-census-heading">
        Build the Children in Need census
      </h2>
      <p className="govuk-body">
        The census covers every child in need at any time in the year to the reference date. It is built in the background: you can leave this page
        and come back.
      </p>
      <form noValidate onSubmit={form.onSubmit(async (input) => (await start.mutateAsync(input), onStarted()))}>
        <DateInput
          legend="Census reference date"
          legendSize="s"
          hint="Always 31 March: the end of the collection year. For example, 31 3 2026"
          {...referenceDate}
          value={String(referenceDate.value)}
        />
        <Button disabled={start.isPending}>Start the census</Button>
      </form>
    </section>
  );
}
