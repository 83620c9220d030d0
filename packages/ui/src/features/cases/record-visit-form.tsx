import { caseVisitKindLabels, caseVisitKinds, caseVisitRecordSchema, type CaseVisitRecord } from "@hearth/domain";
import { useMutation } from "@tanstack/react-query";
import { Button } from "../../components/button";
import { ErrorSummary } from "../../components/error-summary";
import { DateInput } from "../../components/form/date-input";
import { Radios } from "../../components/form/radios";
import { Textarea } from "../../components/form/textarea";
import { TextInput } from "../../components/form/text-input";
import { useSchemaForm } from "../../forms/use-schema-form";
import { useTRPC } from "../../trpc/trpc";

/**
 * The form's boxes, flat: each child's answers have their own names (child0Seen …) so that every
 * message sits beside its box and the error summary links land on it; `toInput` builds the
 * schema's list of children from them.
 */
type VisitValues = Record<string, string | boolean>;

const yesNo = [
  { value: "yes", text: "Yes" },
  { value: "no", text: "No" },
];
const asBoolean = (value: unknown) => (value === "yes" ? true : value === "no" ? false : undefined);

/** "Record a visit": a visit or case note on the case, with each child's answers. */
export function RecordVisitForm({
  caseId,
  children,
  onRecorded,
}: {
  caseId: string;
  children: { personId: string; name: string }[];
  onRecorded: () => void;
}) {
  const trpc = useTRPC();
  const record = useMutation(trpc.cases.recordVisit.mutationOptions());
  const childDefaults = Object.fromEntries(
    children.flatMap((_, i) => [
      [`child${i}Seen`, ""],
      [`child${i}SeenAlone`, ""],
      [`child${i}Reason`, ""],
    ]),
  );
  const form = useSchemaForm<VisitValues, CaseVisitRecord>({
    schema: caseVisitRecordSchema,
    defaultValues: { kind: "", occurredOn: "", time: "", whoWasSeen: "", ...childDefaults, narrative: "", significant: false },
    toInput: (values) => ({
      caseId,
      kind: values.kind || undefined,
      occurredOn: values.occurredOn,
      time: values.time,
      whoWasSeen: values.whoWasSeen,
      narrative: values.narrative,
      significant: values.significant === true,
      children: children.map((child, i) => ({
        personId: child.personId,
        seen: asBoolean(values[`child${i}Seen`]),
        seenAlone: values[`child${i}Seen`] === "yes" ? asBoolean(values[`child${i}SeenAlone`]) : undefined,
        notSeenAloneReason: values[`child${i}SeenAlone`] === "no" && values[`child${i}Reason`] ? values[`child${i}Reason`] : undefined,
      })),
    }),
    aliases: Object.fromEntries(
      children.flatMap((_, i) => [
        [`children.${i}.seen`, `child${i}Seen`],
        [`children.${i}.seenAlone`, `child${i}SeenAlone`],
        [`children.${i}.notSeenAloneReason`, `child${i}Reason`],
      ]),
    ),
  });
  const occurredOn = form.bind("occurredOn");
  return (
    <section aria-labelledby="record-visit-heading">
      <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
      <h2 className="govuk-heading-m" id="record-visit-heading">
        Record a visit or case note
      </h2>
      <form
        noValidate
        onSubmit={form.onSubmit(async (visit) => {
          await record.mutateAsync(visit);
          form.form.reset();
          onRecorded();
        })}
      >
        <Radios
          legend="What kind of contact was it?"
          legendSize="s"
          items={caseVisitKinds.map((kind) => ({ value: kind, text: caseVisitKindLabels[kind] }))}
          {...form.field("kind")}
        />
        <DateInput legend="Date" legendSize="s" hint="For example, 27 3 2026" {...occurredOn} value={String(occurredOn.value)} />
        <TextInput label="Time" hint="24-hour clock, for example 14:30" width="5" {...form.field("time")} />
        <TextInput label="Who was seen?" {...form.field("whoWasSeen")} />
        {children.map((child, i) => (
          <fieldset key={child.personId} className="govuk-fieldset">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{child.name}</legend>
            <Radios legend={`Was ${child.name} seen?`} legendSize="s" inline items={yesNo} {...form.field(`child${i}Seen`)} />
            {form.values[`child${i}Seen`] === "yes" && (
              <Radios legend={`Was ${child.name} seen alone?`} legendSize="s" inline items={yesNo} {...form.field(`child${i}SeenAlone`)} />
            )}
            {form.values[`child${i}Seen`] === "yes" && form.values[`child${i}SeenAlone`] === "no" && (
              <TextInput label={`Why was ${child.name} not seen alone?`} {...form.field(`child${i}Reason`)} />
            )}
          </fieldset>
        ))}
        <Textarea label="What happened?" hint="Write it so that someone who does not know the family understands it." {...form.field("narrative")} />
        <div className="govuk-form-group">
          <div className="govuk-checkboxes" data-module="govuk-checkboxes">
            <div className="govuk-checkboxes__item">
              <input className="govuk-checkboxes__input" id="significant" type="checkbox" {...form.form.register("significant")} />
              <label className="govuk-label govuk-checkboxes__label" htmlFor="significant">
                This is significant
              </label>
            </div>
          </div>
        </div>
        <Button disabled={record.isPending}>Record visit</Button>
      </form>
    </section>
  );
}
