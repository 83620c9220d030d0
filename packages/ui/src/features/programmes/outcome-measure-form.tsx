import {
  measurementPointLabels,
  measurementPoints,
  outcomeMeasurementRecordSchema,
  type OutcomeMeasureForm as MeasureForm,
  type OutcomeMeasurementRecord,
} from "@hearth/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "../../components/button";
import { ErrorSummary } from "../../components/error-summary";
import { DateInput } from "../../components/form/date-input";
import { Radios } from "../../components/form/radios";
import { Select } from "../../components/form/select";
import { formatUkDate } from "../../format/dates";
import { useSchemaForm } from "../../forms/use-schema-form";
import { useTRPC } from "../../trpc/trpc";

const informantText: Record<string, string> = { parent: "Parent or carer", teacher: "Teacher", self: "Young person (self-report)" };

export interface ProgrammePlace {
  enrolmentId: string;
  programmeName: string;
  startsOn: string;
}

/**
 * Any outcome measure entered item by item from its paper form, laid out from the measure's
 * definition in the domain (its items, the answers each takes, whether one may be blank). The
 * domain scores it and refuses an answer out of range or a half-filled measure beside the item.
 */
export function OutcomeMeasureForm({ personId, definition, places }: { personId: string; definition: MeasureForm; places: ProgrammePlace[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const record = useMutation(trpc.outcomeMeasures.record.mutationOptions());
  const items = definition.items.map((label, index) => ({ label, index, box: `item${index}` }));
  const form = useSchemaForm<Record<string, string>, OutcomeMeasurementRecord>({
    schema: outcomeMeasurementRecordSchema,
    defaultValues: { informant: "", point: "review", enrolmentId: "", takenOn: "", ...Object.fromEntries(items.map((i) => [i.box, ""])) },
    toInput: (v) => ({
      ...definition.toRecord(
        personId,
        items.map((i) => (v[i.box] ? Number(v[i.box]) : null)),
        v.informant,
      ),
      point: v.point || undefined,
      // Only a before or after belongs to a programme place; a review stands on its own.
      enrolmentId: v.point && v.point !== "review" ? v.enrolmentId || undefined : undefined,
      takenOn: v.takenOn,
    }),
    check: (v) => ({
      enrolmentId: v.point && v.point !== "review" && !v.enrolmentId ? "Choose the programme place this measure belongs to" : undefined,
    }),
    aliases: Object.fromEntries(items.map((i) => [definition.itemPath(i.index), i.box])),
  });
  const takenOn = form.bind("takenOn");
  const headingId = `${definition.measure}-heading`;
  const pointChosen = form.values.point;
  return (
    <section aria-labelledby={headingId}>
      <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
      <h2 className="govuk-heading-m" id={headingId}>
        {definition.heading}
      </h2>
      {record.isSuccess && (
        <p className="govuk-body" role="status">
          Saved: {definition.totalName} {record.data.total ?? "not scored"}.
        </p>
      )}
      <form
        noValidate
        onSubmit={form.onSubmit(async (measurement) => {
          await record.mutateAsync(measurement);
          form.form.reset();
          await queryClient.invalidateQueries({ queryKey: trpc.outcomeMeasures.pathKey() });
        })}
      >
        {definition.informants && (
          <Radios
            legend="Who completed it?"
            legendSize="s"
            items={definition.informants.map((s) => ({ value: s, text: informantText[s] ?? s }))}
            {...form.field("informant")}
          />
        )}
        <Radios
          legend="When in the work was it taken?"
          legendSize="s"
          items={measurementPoints.map((p) => ({ value: p, text: measurementPointLabels[p] }))}
          {...form.field("point")}
        />
        {pointChosen && pointChosen !== "review" && (
          <Select
            label="Programme place"
            options={[
              { value: "", text: places.length ? "Choose the place" : "No programme places for this family" },
              ...places.map((p) => ({ value: p.enrolmentId, text: `${p.programmeName}, from ${formatUkDate(p.startsOn)}` })),
            ]}
            {...form.field("enrolmentId")}
          />
        )}
        <DateInput legend="Date taken" legendSize="s" hint="For example, 27 3 2026" {...takenOn} value={String(takenOn.value)} />
        {definition.blankAllowed && <p className="govuk-body">Leave an item blank if it was not answered on the paper form.</p>}
        {items.map((i) => (
          <Radios
            key={i.box}
            legend={i.label}
            legendSize="s"
            inline
            small
            items={definition.answers.map((a) => ({ value: String(a.value), text: a.text }))}
            {...form.field(i.box)}
          />
        ))}
        <Button type="submit" disabled={record.isPending}>
          Save {definition.name}
        </Button>
      </form>
    </section>
  );
}
