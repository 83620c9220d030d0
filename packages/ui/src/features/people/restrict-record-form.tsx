import {
  restrictionCategories,
  restrictionCategoryLabels,
  restrictionSetSchema,
  type RestrictionSet,
} from "@hearth/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "../../components/button";
import { ErrorSummary } from "../../components/error-summary";
import { Radios } from "../../components/form/radios";
import { TextInput } from "../../components/form/text-input";
import { Textarea } from "../../components/form/textarea";
import { applyServerErrors, errorSummaryItems, fieldError } from "../../forms/form-errors";
import { schemaResolver } from "../../forms/schema-resolver";
import { useTRPC } from "../../trpc/trpc";

interface RestrictValues {
  personId: string;
  category: string;
  contact: string;
  note: string;
}

const FIELDS = ["category", "contact", "note"] as const;

/**
 * Restricting a record, for the area's managers and data officers: once saved only the staff
 * named on it (starting with whoever restricts it) can open it; everyone else is told whom to contact.
 */
export function RestrictRecordForm({ personId }: { personId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const restrict = useMutation(trpc.restrictions.set.mutationOptions());
  const [formMessages, setFormMessages] = useState<string[]>([]);
  const form = useForm<RestrictValues, unknown, RestrictionSet>({
    resolver: schemaResolver<RestrictValues, typeof restrictionSetSchema>(restrictionSetSchema),
    defaultValues: { personId, category: "", contact: "", note: "" },
    shouldFocusError: false,
  });
  const { errors, submitCount } = form.formState;
  const submit = async (input: RestrictionSet) => {
    setFormMessages([]);
    try {
      await restrict.mutateAsync({ ...input, note: input.note || undefined });
      await queryClient.invalidateQueries({ queryKey: trpc.people.get.queryKey({ personId }) });
    } catch (error) {
      setFormMessages(applyServerErrors(form, error));
    }
  };
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Restrict this record</span>
      </summary>
      <div className="govuk-details__text">
        <ErrorSummary
          items={errorSummaryItems(errors, FIELDS, formMessages)}
          focusKey={submitCount + formMessages.length}
        />
        <form onSubmit={form.handleSubmit(submit)} noValidate>
          <Radios
            legend="Why is this record restricted?"
            legendSize="s"
            error={fieldError(errors, "category")}
            items={restrictionCategories.map((value) => ({
              value,
              text: restrictionCategoryLabels[value],
            }))}
            {...form.register("category")}
          />
          <TextInput
            label="Who should other staff contact?"
            hint="For example, Central LCSS manager"
            error={fieldError(errors, "contact")}
            {...form.register("contact")}
          />
          <Textarea
            label="Note (optional)"
            rows={3}
            error={fieldError(errors, "note")}
            {...form.register("note")}
          />
          <Button variant="warning" disabled={restrict.isPending}>
            Restrict the record
          </Button>
        </form>
      </div>
    </details>
  );
}
