import {
  intendedDestinationOptions,
  neetActivityOptions,
  neetActivityRecordSchema,
  neetActivitySourceLabels,
  neetActivitySources,
  neetCharacteristicLabels,
  neetCharacteristics,
  septemberGuaranteeOfferLabels,
  septemberGuaranteeOffers,
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
  intendedDestinationCode: string;
  septemberGuaranteeYear11: string;
  septemberGuaranteeYear12: string;
}

/** What carries over from the latest record, so confirming an activity does not lose what was known. */
export type CarriedOver = Pick<ActivityAnswers, "characteristics"> & {
  intendedDestinationCode: string | null;
  septemberGuaranteeYear11: string | null;
  septemberGuaranteeYear12: string | null;
};

const order = [
  "activityCode",
  "startDate",
  "expectedEndDate",
  "lastConfirmedOn",
  "source",
  "characteristics",
  "intendedDestinationCode",
  "septemberGuaranteeYear11",
  "septemberGuaranteeYear12",
] as const;

const offerOptions = (year: string) => [
  { value: "", text: `No Year ${year} offer recorded` },
  ...septemberGuaranteeOffers.map((o) => ({ value: o, text: septemberGuaranteeOfferLabels[o] })),
];

/**
 * Records what a young person is doing now, or confirms it again: every record is kept, so the
 * history shows each change and each check. The domain's schema gives the messages beside each
 * field; the server adds those only the person's record can show (the 16th birthday).
 */
export function RecordActivityForm({
  personId,
  today,
  current,
  onRecorded,
}: {
  personId: string;
  today: string;
  current?: CarriedOver;
  onRecorded: () => void;
}) {
  const trpc = useTRPC();
  const record = useMutation(trpc.neet.recordActivity.mutationOptions());
  const form = useSchemaForm<ActivityAnswers, NeetActivityRecord>({
    schema: neetActivityRecordSchema,
    defaultValues: {
      activityCode: "",
      startDate: "",
      expectedEndDate: "",
      lastConfirmedOn: today,
      source: "",
      characteristics: current?.characteristics ?? [],
      intendedDestinationCode: current?.intendedDestinationCode ?? "",
      septemberGuaranteeYear11: current?.septemberGuaranteeYear11 ?? "",
      septemberGuaranteeYear12: current?.septemberGuaranteeYear12 ?? "",
    },
    // Blank optional boxes are "no answer", not an empty value the schema would refuse.
    toInput: (a) => ({
      ...a,
      personId,
      expectedEndDate: a.expectedEndDate || null,
      source: a.source || undefined,
      intendedDestinationCode: a.intendedDestinationCode || null,
      septemberGuaranteeYear11: a.septemberGuaranteeYear11 || null,
      septemberGuaranteeYear12: a.septemberGuaranteeYear12 || null,
    }),
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
          // The record just made is the new latest: what it carried stays in the boxes.
          form.form.reset({ ...form.form.getValues(), activityCode: "", startDate: "", expectedEndDate: "", lastConfirmedOn: today, source: "" });
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
        <Select
          label="Intended destination (optional)"
          hint="Where they mean to go next in education, employment or training"
          options={[{ value: "", text: "None recorded" }, ...intendedDestinationOptions.map((o) => ({ value: o.code, text: o.label }))]}
          {...form.field("intendedDestinationCode")}
        />
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">September Guarantee (optional)</legend>
          <p className="govuk-hint">The offer of a place in education or training they had by the end of Year 11, and of Year 12</p>
          <Select label="Year 11 offer" options={offerOptions("11")} {...form.field("septemberGuaranteeYear11")} />
          <Select label="Year 12 offer" options={offerOptions("12")} {...form.field("septemberGuaranteeYear12")} />
        </fieldset>
        <Button disabled={record.isPending}>Record the activity</Button>
      </form>
    </section>
  );
}
