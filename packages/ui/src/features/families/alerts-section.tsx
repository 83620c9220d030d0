import { familyAlertEndSchema, familyAlertKindLabels, familyAlertReviewSchema, type FamilyAlertEnd, type FamilyAlertReview } from "@hearth/domain";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "../../components/button";
import { DateInput } from "../../components/form/date-input";
import { TextInput } from "../../components/form/text-input";
import { Table } from "../../components/table";
import { formatUkDate } from "../../format/dates";
import { useSchemaForm } from "../../forms/use-schema-form";
import { useTRPC } from "../../trpc/trpc";
import { AddAlertForm } from "./add-alert-form";
import { ChangeForm } from "./change-form";
import type { FamilyRecord } from "./use-family-record";

type FamilyAlert = FamilyRecord["alerts"][number];

/** Alerts on the family's banner: staff add them, review them by their date and end them. */
export function AlertsSection({ family, refresh }: { family: FamilyRecord; refresh: () => Promise<void> }) {
  const [acting, setActing] = useState<{ alert: FamilyAlert; action: "review" | "end" } | null>(null);
  return (
    <>
      <h2 className="govuk-heading-m">Alerts</h2>
      {family.alerts.length === 0 ? (
        <p className="govuk-body">There are no alerts on this family.</p>
      ) : (
        <Table
          caption="Alerts in force"
          rows={family.alerts}
          rowKey={(alert) => alert.id}
          columns={[
            { header: "Alert", cell: (alert) => `${familyAlertKindLabels[alert.kind]}: ${alert.text}` },
            { header: "Review by", cell: (alert) => formatUkDate(alert.reviewBy) },
            {
              header: "Actions",
              cell: (alert) => (
                <>
                  <button
                    type="button"
                    className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                    onClick={() => setActing({ alert, action: "review" })}
                  >
                    Review<span className="govuk-visually-hidden"> {familyAlertKindLabels[alert.kind]} alert</span>
                  </button>{" "}
                  <button
                    type="button"
                    className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                    onClick={() => setActing({ alert, action: "end" })}
                  >
                    End<span className="govuk-visually-hidden"> {familyAlertKindLabels[alert.kind]} alert</span>
                  </button>
                </>
              ),
            },
          ]}
        />
      )}
      {acting?.action === "review" && <ReviewAlertForm alert={acting.alert} done={() => refresh().then(() => setActing(null))} />}
      {acting?.action === "end" && <EndAlertForm alert={acting.alert} done={() => refresh().then(() => setActing(null))} />}
      <AddAlertForm familyId={family.id} done={refresh} />
    </>
  );
}

function ReviewAlertForm({ alert, done }: { alert: FamilyAlert; done: () => Promise<void> }) {
  const trpc = useTRPC();
  const review = useMutation(trpc.families.alerts.review.mutationOptions());
  // "nextReviewBy": the add-alert form's "reviewBy" is on the same page.
  const form = useSchemaForm<{ nextReviewBy: string }, FamilyAlertReview>({
    schema: familyAlertReviewSchema,
    defaultValues: { nextReviewBy: "" },
    toInput: (typed) => ({ alertId: alert.id, reviewBy: typed.nextReviewBy }),
    aliases: { reviewBy: "nextReviewBy" },
  });
  return (
    <ChangeForm
      title={`Review the alert: ${alert.text}`}
      form={form}
      onSubmit={async (input) => {
        await review.mutateAsync(input);
        await done();
      }}
    >
      <p className="govuk-body">If the alert still applies, set when it should next be reviewed. If it no longer applies, end it.</p>
      <DateInput legend="Next review by" {...form.bind("nextReviewBy")} />
      <Button disabled={review.isPending}>Save review</Button>
    </ChangeForm>
  );
}

function EndAlertForm({ alert, done }: { alert: FamilyAlert; done: () => Promise<void> }) {
  const trpc = useTRPC();
  const end = useMutation(trpc.families.alerts.end.mutationOptions());
  const form = useSchemaForm<{ reason: string }, FamilyAlertEnd>({
    schema: familyAlertEndSchema,
    defaultValues: { reason: "" },
    toInput: (typed) => ({ alertId: alert.id, ...typed }),
  });
  return (
    <ChangeForm
      title={`End the alert: ${alert.text}`}
      form={form}
      onSubmit={async (input) => {
        await end.mutateAsync(input);
        await done();
      }}
    >
      <TextInput label="Why does the alert no longer apply?" {...form.field("reason")} />
      <Button disabled={end.isPending}>End alert</Button>
    </ChangeForm>
  );
}
