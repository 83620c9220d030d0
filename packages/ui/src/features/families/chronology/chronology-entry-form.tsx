import {
  CHRONOLOGY_SUMMARY_MAX,
  chronologyEntryCreateSchema,
  chronologyEntryKinds,
  chronologyKindLabels,
  type ChronologyEntryCreate,
} from "@hearth/domain";
import { useMutation } from "@tanstack/react-query";
import { Button, ButtonGroup } from "../../../components/button";
import { ErrorSummary } from "../../../components/error-summary";
import { DateInput } from "../../../components/form/date-input";
import { Radios } from "../../../components/form/radios";
import { Select } from "../../../components/form/select";
import { Textarea } from "../../../components/form/textarea";
import { useSchemaForm } from "../../../forms/use-schema-form";
import { useTRPC } from "../../../trpc/trpc";

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
  const form = useSchemaForm<EntryValues, ChronologyEntryCreate>({
    schema: chronologyEntryCreateSchema,
    order: fieldOrder,
    defaultValues: {
      familyId,
      personId: "",
      occurredOn: "",
      kind: "",
      summary: "",
      significant: false,
    },
  });
  const add = useMutation(trpc.chronology.addEntry.mutationOptions());

  return (
    <section aria-labelledby="add-entry-heading" className="hearth-no-print">
      <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
      <h2 className="govuk-heading-m" id="add-entry-heading">
        Add an entry
      </h2>
      <form
        noValidate
        onSubmit={form.onSubmit(async (entry) => {
          await add.mutateAsync(entry);
          form.form.reset();
          onAdded();
        })}
      >
        <DateInput
          legend="When did it happen?"
          legendSize="s"
          hint="For example, 27 3 2026"
          {...form.bind("occurredOn")}
        />
        <Select
          label="Who is it about?"
          options={[
            { value: "", text: "The whole family" },
            ...members.map((m) => ({ value: m.personId, text: m.name })),
          ]}
          {...form.field("personId")}
        />
        <Radios
          legend="What kind of entry is it?"
          legendSize="s"
          items={chronologyEntryKinds.map((kind) => ({
            value: kind,
            text: chronologyKindLabels[kind],
          }))}
          {...form.field("kind")}
        />
        <Textarea
          label="What happened?"
          hint={`Write it so that someone who does not know the family understands it. Up to ${CHRONOLOGY_SUMMARY_MAX} characters.`}
          {...form.field("summary")}
        />
        <div className="govuk-form-group">
          <div className="govuk-checkboxes" data-module="govuk-checkboxes">
            <div className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id="significant"
                type="checkbox"
                {...form.form.register("significant")}
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
