import { addMonths, nccisReturnStartSchema, type NccisReturnStart } from "@hearth/domain";
import { useMutation } from "@tanstack/react-query";
import { Button } from "../../components/button";
import { ErrorSummary } from "../../components/error-summary";
import { Select } from "../../components/form/select";
import { useSchemaForm } from "../../forms/use-schema-form";
import { useTRPC } from "../../trpc/trpc";

const monthName = (month: string) =>
  new Date(`${month}-01T12:00:00Z`).toLocaleDateString("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** This month and the eleven before it, newest first: the months a return can be made for. */
export function nccisMonths(today: string): { value: string; text: string }[] {
  return Array.from({ length: 12 }, (_, back) => addMonths(`${today.slice(0, 7)}-01`, -back).slice(0, 7)).map((m) => ({
    value: m,
    text: monthName(m),
  }));
}

/**
 * Starts the monthly NCCIS return. The month is chosen from a list (last month by default, the one
 * usually sent); the server still refuses a month that has not begun, beside the field.
 */
export function StartNccisForm({ today, onStarted }: { today: string; onStarted: () => void }) {
  const trpc = useTRPC();
  const start = useMutation(trpc.returns.startNccis.mutationOptions());
  const months = nccisMonths(today);
  const form = useSchemaForm<{ month: string }, NccisReturnStart>({
    schema: nccisReturnStartSchema,
    defaultValues: { month: months[1]!.value },
  });
  return (
    <section aria-labelledby="start-nccis-heading">
      <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
      <h2 className="govuk-heading-m" id="start-nccis-heading">
        Build the NCCIS return
      </h2>
      <p className="govuk-body">
        The monthly return to the DfE of every young person in the NEET cohort, with their activity at the end of the month. It is built in the
        background with a validation report and a spreadsheet of the records sent.
      </p>
      <form noValidate onSubmit={form.onSubmit(async (input) => (await start.mutateAsync(input), onStarted()))}>
        <Select
          label="Month"
          hint="The return counts each young person as they stood on the month’s last day"
          options={months}
          {...form.field("month")}
        />
        <Button disabled={start.isPending}>Start the NCCIS return</Button>
      </form>
    </section>
  );
}
