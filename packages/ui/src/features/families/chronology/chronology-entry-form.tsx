import {
  CHRONOLOGY_SUMMARY_MAX,
  chronologyEntryCreateSchema,
  chronologyEntryKinds,
  chronologyKindLabels,
  type ChronologyEntryCreate,
} from "@hearth/domain";
import { useMutation } from "@tanstack/react-query";
import { Controller, useForm } from "react-hook-form";
import { Button, ButtonGroup } from "../../../components/button";
import { ErrorSummary } from "../../../components/error-summary";
import { DateInput } from "../../../components/form/date-input";
import { Radios } from "../../../components/form/radios";
import { Select } from "../../../components/form/select";
import { Textarea } from "../../../components/form/textarea";
import { applyServerErrors, errorSummaryItems, fieldError } from "../../../forms/form-errors";
import { schemaResolver } from "../../../forms/schema-resolver";
import { useTRPC } from "../../../trpc/trpc";
import { useState } from "react";

/** What the form holds as typed: every box is text until the domain's schema parses it. */
interface EntryValues {
  familyId: string;
  personId: string;
  occurredOn: string;
  kind: string;
  summary: string;
  significant: boolean;
}

const fieldOrder = ["occurredOn", "personId", "kind", "summary", "significant"] as const;

/**
 * "Add an entry": a practitioner's own entry in the chronology. Checked by the same schema in the
 * browser as on the server; a refusal from the server is shown beside its field, and what was
 * typed stays in the form either way.
 */
export function ChronologyEntryForm({
  familyId,
  members,
  onAdded,
  onCancel,
}: {
  familyId: string;
  members: { personId: string; name: string }[];
  onAdded: () => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const [formMessages, setFormMessages] = useState<string[]>([]);
  const form = useForm<EntryValues, unknown, ChronologyEntryCreate>({
    resolver: schemaResolver<EntryValues, typeof chronologyEntryCreateSchema>(
      chronologyEntryCreateSchema,
    ),
    defaultValues: {
      familyId,
      personId: "",
      occurredOn: "",
      kind: "",
      summary: "",
      significant: false,
    },
    shouldFocusError: false,
  });
  const add = useMutation(
    trpc.chronology.addEntry.mutationOptions({
      onSuccess: () => {
        form.reset();
        onAdded();
      },
      onError: (error) => setFormMessages(applyServerErrors(form, error)),
    }),
  );
  const { errors, submitCount } = form.formState;
  const message = (name: (typeof fieldOrder)[number]) => fieldError(errors, name);
  const summary = errorSummaryItems(errors, fieldOrder, formMessages);

  return (
    <section aria-labelledby="add-entry-heading" className="hearth-no-print">
      <ErrorSummary items={summary} focusKey={add.error ?? submitCount} />
      <h2 className="govuk-heading-m" id="add-entry-heading">
        Add an entry
      </h2>
      <form
        noValidate
        onSubmit={form.handleSubmit((entry) => {
          setFormMessages([]);
          add.mutate(entry);
        })}
      >
        <Controller
          control={form.control}
          name="occurredOn"
          render={({ field }) => (
            <DateInput
              legend="When did it happen?"
              legendSize="s"
              hint="For example, 27 3 2026"
              error={message("occurredOn")}
              {...field}
            />
          )}
        />
        <Select
          label="Who is it about?"
          error={message("personId")}
          options={[
            { value: "", text: "The whole family" },
            ...members.map((m) => ({ value: m.personId, text: m.name })),
          ]}
          {...form.register("personId")}
        />
        <Radios
          legend="What kind of entry is it?"
          legendSize="s"
          error={message("kind")}
          items={chronologyEntryKinds.map((kind) => ({
            value: kind,
            text: chronologyKindLabels[kind],
          }))}
          {...form.register("kind")}
        />
        <Textarea
          label="What happened?"
          hint={`Write it so that someone who does not know the family understands it. Up to ${CHRONOLOGY_SUMMARY_MAX} characters.`}
          error={message("summary")}
          {...form.register("summary")}
        />
        <div className="govuk-form-group">
          <div className="govuk-checkboxes" data-module="govuk-checkboxes">
            <div className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id="significant"
                type="checkbox"
                {...form.register("significant")}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor="significant">
                This is a significant event
              </label>
            </div>
          </div>
        </div>
        <ButtonGroup>
          <Button disabled={add.isPending}>Add entry</Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
