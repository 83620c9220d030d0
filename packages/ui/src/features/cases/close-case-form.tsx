import { caseCloseSchema, caseOutcomeLabels, caseOutcomes, caseReopenSchema, type CaseClose, type CaseReopen } from "@hearth/domain";
import { useMutation } from "@tanstack/react-query";
import { Button } from "../../components/button";
import { ErrorSummary } from "../../components/error-summary";
import { Radios } from "../../components/form/radios";
import { Textarea } from "../../components/form/textarea";
import { TextInput } from "../../components/form/text-input";
import { useSchemaForm } from "../../forms/use-schema-form";
import { useTRPC } from "../../trpc/trpc";

/** "Close the case": reason, closing summary and outcome. Afterwards the case is read-only. */
export function CloseCaseForm({ caseId, onClosed }: { caseId: string; onClosed: () => void }) {
  const trpc = useTRPC();
  const close = useMutation(trpc.cases.close.mutationOptions());
  const form = useSchemaForm<{ caseId: string; reason: string; summary: string; outcome: string; stepDownToLcss: string }, CaseClose>({
    schema: caseCloseSchema,
    defaultValues: { caseId, reason: "", summary: "", outcome: "", stepDownToLcss: "" },
    toInput: (values) => ({ ...values, outcome: values.outcome || undefined, stepDownToLcss: values.stepDownToLcss === "yes" }),
  });
  return (
    <section aria-labelledby="close-case-heading">
      <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
      <h2 className="govuk-heading-m" id="close-case-heading">
        Close the case
      </h2>
      <form noValidate onSubmit={form.onSubmit(async (closure) => (await close.mutateAsync(closure), onClosed()))}>
        <TextInput label="Reason for closing" {...form.field("reason")} />
        <Textarea label="Closing summary" {...form.field("summary")} />
        <Radios
          legend="Were the case’s outcomes met?"
          legendSize="s"
          items={caseOutcomes.map((o) => ({ value: o, text: caseOutcomeLabels[o] }))}
          {...form.field("outcome")}
        />
        <Radios
          legend="Step the family down to early help with LCSS?"
          legendSize="s"
          inline
          items={[
            { value: "yes", text: "Yes" },
            { value: "no", text: "No" },
          ]}
          {...form.field("stepDownToLcss")}
        />
        <Button variant="warning" disabled={close.isPending}>
          Close case
        </Button>
      </form>
    </section>
  );
}

/** A manager reopens a closed case with a reason. */
export function ReopenCaseForm({ caseId, onReopened }: { caseId: string; onReopened: () => void }) {
  const trpc = useTRPC();
  const reopen = useMutation(trpc.cases.reopen.mutationOptions());
  const form = useSchemaForm<{ caseId: string; reason: string }, CaseReopen>({ schema: caseReopenSchema, defaultValues: { caseId, reason: "" } });
  return (
    <section aria-labelledby="reopen-case-heading">
      <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
      <h2 className="govuk-heading-m" id="reopen-case-heading">
        Reopen the case
      </h2>
      <form noValidate onSubmit={form.onSubmit(async (input) => (await reopen.mutateAsync(input), onReopened()))}>
        <TextInput label="Reason for reopening" {...form.field("reason")} />
        <Button disabled={reopen.isPending}>Reopen case</Button>
      </form>
    </section>
  );
}
