import { restrictionCategories, restrictionCategoryLabels, restrictionSetSchema, type RestrictionSet } from "@hearth/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "../../components/button";
import { ErrorSummary } from "../../components/error-summary";
import { Radios } from "../../components/form/radios";
import { TextInput } from "../../components/form/text-input";
import { Textarea } from "../../components/form/textarea";
import { useSchemaForm } from "../../forms/use-schema-form";
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
  const form = useSchemaForm<RestrictValues, RestrictionSet>({
    schema: restrictionSetSchema,
    defaultValues: { personId, category: "", contact: "", note: "" },
    order: FIELDS,
  });
  const submit = form.onSubmit(async (input) => {
    await restrict.mutateAsync({ ...input, note: input.note || undefined });
    await queryClient.invalidateQueries({ queryKey: trpc.people.get.queryKey({ personId }) });
    await queryClient.invalidateQueries({ queryKey: trpc.restrictions.get.queryKey({ personId }) });
  });
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Restrict this record</span>
      </summary>
      <div className="govuk-details__text">
        <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
        <form onSubmit={submit} noValidate>
          <Radios
            legend="Why is this record restricted?"
            legendSize="s"
            items={restrictionCategories.map((value) => ({
              value,
              text: restrictionCategoryLabels[value],
            }))}
            {...form.field("category")}
          />
          <TextInput label="Who should other staff contact?" hint="For example, Central LCSS manager" {...form.field("contact")} />
          <Textarea label="Note (optional)" rows={3} {...form.field("note")} />
          <Button variant="warning" disabled={restrict.isPending}>
            Restrict the record
          </Button>
        </form>
      </div>
    </details>
  );
}
