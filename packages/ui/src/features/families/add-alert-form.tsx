import { familyAlertAddSchema, familyAlertKindLabels, familyAlertKinds, type FamilyAlertAdd } from "@hearth/domain";
import { useMutation } from "@tanstack/react-query";
import { Button } from "../../components/button";
import { ErrorSummary } from "../../components/error-summary";
import { DateInput } from "../../components/form/date-input";
import { Select } from "../../components/form/select";
import { TextInput } from "../../components/form/text-input";
import { DraftRestoredBanner, useDraft } from "../../forms/use-draft";
import { useSchemaForm } from "../../forms/use-schema-form";
import { useTRPC } from "../../trpc/trpc";

interface AlertValues {
  familyId: string;
  kind: string;
  text: string;
  reviewBy: string;
}
const fieldOrder = ["kind", "text", "reviewBy"] as const;

/** The alert a worker is writing is kept as a draft per family, so a time-out does not lose it. */
export const alertDraftKey = (familyId: string) => `family.alert:${familyId}`;

/** "Add an alert": checked by the domain's schema here and on the server; what was typed stays. */
export function AddAlertForm({ familyId, done }: { familyId: string; done: () => Promise<void> }) {
  const trpc = useTRPC();
  const form = useSchemaForm<AlertValues, FamilyAlertAdd>({
    schema: familyAlertAddSchema,
    defaultValues: { familyId, kind: "risk_to_staff", text: "", reviewBy: "" },
    order: fieldOrder,
  });
  const draft = useDraft(alertDraftKey(familyId), form.form);
  const add = useMutation(trpc.families.alerts.add.mutationOptions());
  return (
    <section aria-labelledby="add-alert-heading">
      <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
      <DraftRestoredBanner draft={draft} />
      <h3 className="govuk-heading-s" id="add-alert-heading">
        Add an alert
      </h3>
      <form
        noValidate
        onSubmit={form.onSubmit(async (alert) => {
          await draft.flush();
          await add.mutateAsync(alert);
          await draft.finish();
          await done();
          form.form.reset();
        })}
      >
        <Select
          label="What is the alert about?"
          options={familyAlertKinds.map((k) => ({ value: k, text: familyAlertKindLabels[k] }))}
          {...form.field("kind")}
        />
        <TextInput label="What staff need to know" hint="For example, Do not visit alone" {...form.field("text")} />
        <DateInput legend="Review by" legendSize="s" hint="For example, 31 1 2027" {...form.bind("reviewBy")} />
        <Button disabled={add.isPending}>Add alert</Button>
      </form>
    </section>
  );
}
