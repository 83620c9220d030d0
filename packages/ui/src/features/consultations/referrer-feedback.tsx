import {
  consultationRecordFeedbackSchema,
  referrerFeedbackMethodLabels,
  type ConsultationDetail,
  type ConsultationRecordFeedback,
} from "@hearth/domain";
import { useMutation } from "@tanstack/react-query";
import { Button } from "../../components/button";
import { ErrorSummary } from "../../components/error-summary";
import { Textarea } from "../../components/form/textarea";
import { SummaryList } from "../../components/summary-list";
import { formatUkDate, formatUkDateTime } from "../../format/dates";
import { useSchemaForm } from "../../forms/use-schema-form";
import { useTRPC } from "../../trpc/trpc";

interface FeedbackValues {
  consultationId: string;
  method: string;
  note: string;
}

/**
 * Feedback to the referrer (issue 11 §1): whether the professional who rang has been told of the
 * decision, and when it is due. An email goes by itself once the decision is made; without one,
 * or if it could not be delivered, the worker rings the caller and records it here.
 */
export function ReferrerFeedback({ consultation, done }: { consultation: ConsultationDetail; done: () => Promise<unknown> }) {
  const c = consultation;
  if (c.immediateRisk || !c.decision) return null;
  return (
    <>
      <h2 className="govuk-heading-m">Feedback to the referrer</h2>
      {c.feedback ? (
        <SummaryList
          rows={[
            { key: "Told", value: formatUkDateTime(c.feedback.sentAt) },
            { key: "How", value: referrerFeedbackMethodLabels[c.feedback.method] },
            ...(c.feedback.recordedByName ? [{ key: "Recorded by", value: c.feedback.recordedByName }] : []),
            ...(c.feedback.note ? [{ key: "Note", value: c.feedback.note }] : []),
          ]}
        />
      ) : c.status === "awaiting_confirmation" ? (
        <p className="govuk-body">The referrer will be told once a senior practitioner confirms the decision.</p>
      ) : c.status === "awaiting_feedback" ? (
        <>
          <p className="govuk-body">
            {c.callerEmail
              ? "An email telling the referrer a decision was made, with the reference and what happens next, is being sent."
              : "The caller left no email address: ring them to tell them a decision was made and what happens next."}
            {c.feedbackDueOn && <> Feedback is due by {formatUkDate(c.feedbackDueOn)}.</>}
          </p>
          <PhoneFeedbackForm consultationId={c.id} done={done} />
        </>
      ) : (
        <p className="govuk-body">No feedback has been recorded.</p>
      )}
    </>
  );
}

function PhoneFeedbackForm({ consultationId, done }: { consultationId: string; done: () => Promise<unknown> }) {
  const trpc = useTRPC();
  const record = useMutation(trpc.consultations.recordFeedback.mutationOptions());
  const form = useSchemaForm<FeedbackValues, ConsultationRecordFeedback>({
    schema: consultationRecordFeedbackSchema,
    defaultValues: { consultationId, method: "phone", note: "" },
    aliases: { method: "note" },
    order: ["note"],
  });
  const submit = form.onSubmit(async (input) => {
    await record.mutateAsync(input);
    await done();
  });
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Record feedback given by phone</span>
      </summary>
      <div className="govuk-details__text">
        <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
        <form onSubmit={submit} noValidate>
          <Textarea
            label="Note (optional)"
            hint="For example, who you spoke to. Do not add anything about the child."
            rows={3}
            {...form.field("note")}
          />
          <Button variant="secondary" disabled={record.isPending}>
            Record feedback
          </Button>
        </form>
      </div>
    </details>
  );
}
