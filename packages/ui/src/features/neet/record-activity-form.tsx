import {
  neetActivityOptions,
  neetActivityRecordSchema,
  neetActivitySourceLabels,
  neetActivitySources,
  neetCharacteristicLabels,
  neetCharacteristics,
  type NeetActivityRecord,
} from "@hearth/domain";
import { useMutation } from "@tanstack/react-query";
import { Button } from "../../components/button";
import { ErrorSummary } from "../../components/error-summary";
import { Checkboxes } from "../../components/form/checkboxes";
import { DateInput } from "../../components/form/date-input";
import { Select } from "../../components/form/select";
import { useSchemaForm } from "../../forms/use-schema-form";
import { useTRPC } from "../../trpc/trpc";

interface ActivityAnswers {
  activityCode: string;
  startDate: string;
  expectedEndDate: string;
  lastConfirmedOn: string;
  source: string;
  characteristics: string[];
}

const order = ["activityCode", "startDate", "expectedEndDate", "lastConfirmedOn", "source", "characteristics"] as const;

/**
 * Records what a young person is doing now, or confirms it again: every record is kept, so the
 * history shows each change and each check. The domain's schema gives the messages beside each
 * field; the server adds those only the person's record can show (the 16th birthday).
 */
export function RecordActivityForm({ personId, today, onRecorded }: { personId: string; today: string; onRecorded: () => void }) {
  const trpc = useTRPC();
  const record = useMutation(trpc.neet.recordActivity.mutationOptions());
  const form = useSchemaForm<ActivityAnswers, NeetActivityRecord>({
    schema: neetActivityRecordSchema,
    defaultValues: { activityCode: "", startDate: "", expectedEndDate: "", lastConfirmedOn: today, source: "", characteristics: [] },
    // Blank optional boxes are "no answer", not an empty date the schema would refuse.
    toInput: (a) => ({ ...a, personId, expectedEndDate: a.expectedEndDate || null, source: a.source || undefined }),
    order,
  });
  const date = (name: "startDate" | "expectedEndDate" | "lastConfirmedOn") => {
    const bound = form.bind(name);
    return { ...bound, value: String(bound.value ?? "") };
  };
  return (
    <section aria-labelledby="record-activity-heading">
      <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
      <h2 className="govuk-heading-m" id="record-activity-heading">
        Record an activity
      </h2>
      <form
        noValidate
        onSubmit={form.onSubmit(async (input) => {
          await record.mutateAsync(input);
          form.form.reset();
          onRecorded();
        })}
      >
        <Select
          label="Activity"
          hint="The NCCIS activity code. Record the same activity again to confirm it is still current."
          options={[{ value: "", text: "Choose an activity" }, ...neetActivityOptions.map((o) => ({ value: o.code, text: o.label }))]}
          {...form.field("activityCode")}
        />
        <DateInput legend="Start date" legendSize="s" hint="For example, 3 9 2026" {...date("startDate")} />
        <DateInput legend="Expected end date (optional)" legendSize="s" hint="Only for a course or training" {...date("expectedEndDate")} />
        <DateInput
          legend="Date confirmed"
          legendSize="s"
          hint="When you last heard this was still what they are doing"
          {...date("lastConfirmedOn")}
        />
        <Select
          label="Who told you"
          options={[{ value: "", text: "Choose who told you" }, ...neetActivitySources.map((s) => ({ value: s, text: neetActivitySourceLabels[s] }))]}
          {...form.field("source")}
        />
        <Checkboxes
          legend="Characteristics (optional)"
          legendSize="s"
          small
          items={neetCharacteristics.map((c) => ({ value: c, text: neetCharacteristicLabels[c] }))}
          {...form.field("characteristics")}
        />
        <Button disabled={record.isPending}>Record the activity</Button>
      </form>
    </section>
  );
}
