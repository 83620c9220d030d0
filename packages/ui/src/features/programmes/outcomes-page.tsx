import {
  measurementPointLabels,
  measurementPoints,
  outcomeMeasurementRecordSchema,
  SDQ_ITEM_COUNT,
  sdqInformants,
  type OutcomeMeasurementRecord,
} from "@hearth/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useParams } from "react-router";
import { usePageTitle } from "../../app/service";
import { Button } from "../../components/button";
import { ErrorSummary } from "../../components/error-summary";
import { DateInput } from "../../components/form/date-input";
import { Radios } from "../../components/form/radios";
import { useSchemaForm } from "../../forms/use-schema-form";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { OutcomeChart } from "./outcome-chart";

const items = Array.from({ length: SDQ_ITEM_COUNT }, (_, i) => i);
const informantText = { parent: "Parent or carer", teacher: "Teacher", self: "Young person (self-report)" } as const;
const answerItems = [
  { value: "0", text: "Not true" },
  { value: "1", text: "Somewhat true" },
  { value: "2", text: "Certainly true" },
];

/** An SDQ entered item by item from the paper form; the domain scores it and refuses a half-filled one. */
function SdqForm({ personId }: { personId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const record = useMutation(trpc.outcomeMeasures.record.mutationOptions());
  const form = useSchemaForm<Record<string, string>, OutcomeMeasurementRecord>({
    schema: outcomeMeasurementRecordSchema,
    defaultValues: { informant: "", point: "review", takenOn: "", ...Object.fromEntries(items.map((i) => [`item${i}`, ""])) },
    toInput: (v) => ({
      measure: "sdq",
      childId: personId,
      informant: v.informant || undefined,
      point: v.point || undefined,
      takenOn: v.takenOn,
      answers: items.map((i) => (v[`item${i}`] === "" || v[`item${i}`] === undefined ? null : Number(v[`item${i}`]))),
    }),
    aliases: Object.fromEntries(items.map((i) => [`answers.${i}`, `item${i}`])),
  });
  const takenOn = form.bind("takenOn");
  return (
    <section aria-labelledby="sdq-heading">
      <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
      <h2 className="govuk-heading-m" id="sdq-heading">
        Enter an SDQ
      </h2>
      {record.isSuccess && <p className="govuk-body">Saved: total difficulties {record.data.total ?? "not scored"}.</p>}
      <form
        noValidate
        onSubmit={form.onSubmit(async (measurement) => {
          await record.mutateAsync(measurement);
          form.form.reset();
          await queryClient.invalidateQueries({ queryKey: trpc.outcomeMeasures.pathKey() });
        })}
      >
        <Radios
          legend="Who completed it?"
          legendSize="s"
          items={sdqInformants.map((s) => ({ value: s, text: informantText[s] }))}
          {...form.field("informant")}
        />
        <Radios
          legend="When in the work was it taken?"
          legendSize="s"
          items={measurementPoints.map((p) => ({ value: p, text: measurementPointLabels[p] }))}
          {...form.field("point")}
        />
        <DateInput legend="Date taken" legendSize="s" hint="For example, 27 3 2026" {...takenOn} value={String(takenOn.value)} />
        {items.map((i) => (
          <Radios key={i} legend={`Item ${i + 1}`} legendSize="s" inline small items={answerItems} {...form.field(`item${i}`)} />
        ))}
        <Button type="submit" disabled={record.isPending}>
          Save SDQ
        </Button>
      </form>
    </section>
  );
}

/** A person's outcome measures: a chart over time per measure with its data beside it, and the SDQ form. */
export function OutcomesPage() {
  const { personId = "" } = useParams();
  const trpc = useTRPC();
  const outcomes = useQuery(trpc.outcomeMeasures.ofPerson.queryOptions({ personId }));
  usePageTitle("Outcome measures");
  return (
    <>
      <h1 className="govuk-heading-l">Outcome measures</h1>
      {outcomes.isPending && <p className="govuk-body">Loading…</p>}
      {outcomes.isError && <LoadProblem error={outcomes.error} what="outcome measures" />}
      {outcomes.isSuccess &&
        (outcomes.data.series.length === 0 ? (
          <p className="govuk-body">No measures have been recorded yet.</p>
        ) : (
          outcomes.data.series.map((s) => (
            <section key={s.key} aria-label={s.label}>
              <h2 className="govuk-heading-m">{s.label}</h2>
              {s.change && (
                <p className="govuk-body">
                  From {s.change.before} to {s.change.after}: {s.change.direction.replace("_", " ")}
                </p>
              )}
              <OutcomeChart label={s.label} readings={s.readings} higherIsBetter={s.higherIsBetter} />
            </section>
          ))
        ))}
      <SdqForm personId={personId} />
    </>
  );
}
