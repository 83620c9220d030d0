import { familyAlertAddSchema, familyAlertKindLabels, familyAlertKinds, type FamilyAlertAdd } from "@hearth/domain";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { Button } from "../../components/button";
import { ErrorSummary } from "../../components/error-summary";
import { DateInput } from "../../components/form/date-input";
import { Select } from "../../components/form/select";
import { TextInput } from "../../components/form/text-input";
import { applyServerErrors, errorSummaryItems, fieldError } from "../../forms/form-errors";
import { schemaResolver } from "../../forms/schema-resolver";
import { DraftRestoredBanner, useDraft } from "../../forms/use-draft";
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
  const [formMessages, setFormMessages] = useState<string[]>([]);
  const form = useForm<AlertValues, unknown, FamilyAlertAdd>({
    resolver: schemaResolver<AlertValues, typeof familyAlertAddSchema>(familyAlertAddSchema),
    defaultValues: { familyId, kind: "risk_to_staff", text: "", reviewBy: "" },
    shouldFocusError: false,
  });
  const draft = useDraft(alertDraftKey(familyId), form);
  const add = useMutation(trpc.families.alerts.add.mutationOptions());
  const { errors, submitCount } = form.formState;
  const message = (name: (typeof fieldOrder)[number]) => fieldError(errors, name);
  return (
    <section aria-labelledby="add-alert-heading">
      <ErrorSummary items={errorSummaryItems(errors, fieldOrder, formMessages)} focusKey={add.error ?? submitCount} />
      <DraftRestoredBanner draft={draft} />
      <h3 className="govuk-heading-s" id="add-alert-heading">
        Add an alert
      </h3>
      <form
        noValidate
        onSubmit={form.handleSubmit(async (alert) => {
          setFormMessages([]);
          await draft.flush();
          add.mutate(alert, {
            onSuccess: () =>
              void draft
                .finish()
                .then(done)
                .then(() => form.reset()),
            onError: (error) => setFormMessages(applyServerErrors(form, error)),
          });
        })}
      >
        <Select
          label="What is the alert about?"
          error={message("kind")}
          options={familyAlertKinds.map((k) => ({ value: k, text: familyAlertKindLabels[k] }))}
          {...form.register("kind")}
        />
        <TextInput label="What staff need to know" hint="For example, Do not visit alone" error={message("text")} {...form.register("text")} />
        <Controller
          control={form.control}
          name="reviewBy"
          render={({ field }) => <DateInput legend="Review by" legendSize="s" hint="For example, 31 1 2027" error={message("reviewBy")} {...field} />}
        />
        <Button disabled={add.isPending}>Add alert</Button>
      </form>
    </section>
  );
}
