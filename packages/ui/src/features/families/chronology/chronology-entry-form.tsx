import {
  CHRONOLOGY_SUMMARY_MAX,
  chronologyEntryCreateSchema,
  chronologyEntryEditSchema,
  chronologyEntryKinds,
  chronologyKindLabels,
  type ChronologyEntryCreate,
  type ChronologyEntryEdit,
} from "@hearth/domain";
import { useMutation } from "@tanstack/react-query";
import { Button, ButtonGroup } from "../../../components/button";
import { ErrorSummary } from "../../../components/error-summary";
import { DateInput } from "../../../components/form/date-input";
import { Radios } from "../../../components/form/radios";
import { Select } from "../../../components/form/select";
import { Textarea } from "../../../components/form/textarea";
import { DraftRestoredBanner, useDraft } from "../../../forms/use-draft";
import { useSchemaForm } from "../../../forms/use-schema-form";
import { useTRPC } from "../../../trpc/trpc";

/** What the form holds as typed: every box is text until the domain's schema parses it. */
interface EntryValues {
  familyId: string;
  /** Set when an entry is being corrected; each schema keeps only the id it needs. */
  entryId: string;
  personId: string;
  occurredOn: string;
  kind: string;
  summary: string;
  significant: boolean;
}

const fieldOrder = ["occurredOn", "personId", "kind", "summary", "significant"] as const;

/** A manual entry as stored, for correcting it. */
export interface EditedEntry {
  entryId: string;
  personId: string | null;
  occurredOn: string;
  kind: string;
  summary: string;
  significant: boolean;
}

/**
 * "Add an entry" (or, given `editing`, correct one): a practitioner's own entry in the chronology.
 * Checked by the same schema in the browser as on the server; a refusal from the server is shown
 * beside its field, and what was typed stays in the form, and in a draft on the server, either way.
 */
export function ChronologyEntryForm({
  familyId,
  members,
  editing,
  onAdded,
  onCancel,
}: {
  familyId: string;
  members: { personId: string; name: string }[];
  editing?: EditedEntry;
  onAdded: () => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const schema = editing ? chronologyEntryEditSchema : chronologyEntryCreateSchema;
  const form = useSchemaForm<EntryValues, ChronologyEntryCreate | ChronologyEntryEdit>({
    schema,
    order: fieldOrder,
    defaultValues: {
      familyId,
      entryId: editing?.entryId ?? "",
      personId: editing?.personId ?? "",
      occurredOn: editing?.occurredOn ?? "",
      kind: editing?.kind ?? "",
      summary: editing?.summary ?? "",
      significant: editing?.significant ?? false,
    },
  });
  const draft = useDraft(editing ? `chronology.entryEdit:${editing.entryId}` : `chronology.entry:${familyId}`, form.form);
  const add = useMutation(trpc.chronology.addEntry.mutationOptions());
  const edit = useMutation(trpc.chronology.editEntry.mutationOptions());
  const sending = add.isPending || edit.isPending;

  return (
    <section aria-labelledby="add-entry-heading" className="hearth-no-print">
      <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
      <DraftRestoredBanner draft={draft} />
      <h2 className="govuk-heading-m" id="add-entry-heading">
        {editing ? "Correct an entry" : "Add an entry"}
      </h2>
      {editing && <p className="govuk-body">What the entry said before is kept, and the entry is shown as edited.</p>}
      <form
        noValidate
        onSubmit={form.onSubmit(async (entry) => {
          await draft.flush();
          if ("entryId" in entry) await edit.mutateAsync(entry);
          else await add.mutateAsync(entry);
          void draft.finish();
          form.form.reset();
          onAdded();
        })}
      >
        <DateInput legend="When did it happen?" legendSize="s" hint="For example, 27 3 2026" {...form.bind("occurredOn")} />
        <Select
          label="Who is it about?"
          options={[{ value: "", text: "The whole family" }, ...members.map((m) => ({ value: m.personId, text: m.name }))]}
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
              <input className="govuk-checkboxes__input" id="significant" type="checkbox" {...form.form.register("significant")} />
              <label className="govuk-label govuk-checkboxes__label" htmlFor="significant">
                This is a significant event
              </label>
            </div>
          </div>
        </div>
        <ButtonGroup>
          <Button disabled={sending}>{editing ? "Save entry" : "Add entry"}</Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
