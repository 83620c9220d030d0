import {
  can,
  ehaCompleteSchema,
  ehaQualityAuditSchema,
  ehaQualityRatingLabels,
  ehaQualityRatings,
  ehaReturnSchema,
  ehaReviewSchema,
  ehaSignOffSchema,
  ehaWithdrawConsentSchema,
} from "@hearth/domain";
import { useMutation } from "@tanstack/react-query";
import type { ReactNode } from "react";
import type { FieldValues } from "react-hook-form";
import { useStaff } from "../../auth/use-staff";
import { Button } from "../../components/button";
import { ErrorSummary } from "../../components/error-summary";
import { DateInput } from "../../components/form/date-input";
import { Radios } from "../../components/form/radios";
import { Textarea } from "../../components/form/textarea";
import { todayIso } from "../../format/dates";
import { useSchemaForm, type SchemaForm, type SchemaParser } from "../../forms/use-schema-form";
import { useTRPC } from "../../trpc/trpc";
import type { AssessmentDetail } from "./use-assessment";

type Show = (latest: AssessmentDetail) => void;

/** A small form for one lifecycle step: its own error summary, the server's refusal beside its field. */
function StepForm<Values extends FieldValues>({
  id,
  heading,
  form,
  onSubmit,
  button,
  secondary,
  children,
}: {
  id: string;
  heading: string;
  form: SchemaForm<Values, unknown>;
  onSubmit: () => unknown;
  button: string;
  secondary?: boolean;
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="govuk-!-margin-bottom-6">
      <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
      <h2 className="govuk-heading-m" id={`${id}-heading`}>
        {heading}
      </h2>
      <form noValidate onSubmit={onSubmit}>
        {children}
        <Button variant={secondary ? "secondary" : undefined}>{button}</Button>
      </form>
    </section>
  );
}

function useStep<Values extends FieldValues>(
  assessmentId: string,
  schema: SchemaParser<unknown>,
  defaultValues: Values,
  order: string[],
  send: (input: never) => Promise<AssessmentDetail>,
  show: Show,
) {
  const form = useSchemaForm<Values, unknown>({ schema, defaultValues, toInput: (v) => ({ ...v, assessmentId }), order });
  const onSubmit = form.onSubmit(async (parsed) => {
    show(await send(parsed as never));
    form.form.reset(defaultValues);
  });
  return { form, onSubmit };
}

export function CompleteForm({ assessment, show }: { assessment: AssessmentDetail; show: Show }) {
  const trpc = useTRPC();
  const complete = useMutation(trpc.assessments.complete.mutationOptions());
  const step = useStep(assessment.id, ehaCompleteSchema, { on: todayIso() }, ["on"], complete.mutateAsync, show);
  return (
    <StepForm id="complete" heading="Complete the assessment" form={step.form} onSubmit={step.onSubmit} button="Complete and send for sign-off">
      <p className="govuk-body">Once every section is completed, send the assessment to a senior practitioner to sign off.</p>
      <DateInput legend="Date completed" legendSize="s" {...step.form.bind("on")} />
    </StepForm>
  );
}

export function SignOffForms({ assessment, show }: { assessment: AssessmentDetail; show: Show }) {
  const trpc = useTRPC();
  const signOff = useMutation(trpc.assessments.signOff.mutationOptions());
  const giveBack = useMutation(trpc.assessments.returnToAuthor.mutationOptions());
  const signStep = useStep(assessment.id, ehaSignOffSchema, { on: todayIso() }, ["on"], signOff.mutateAsync, show);
  const returnStep = useStep(assessment.id, ehaReturnSchema, { comments: "" }, ["comments"], giveBack.mutateAsync, show);
  return (
    <>
      <StepForm id="sign-off" heading="Sign off the assessment" form={signStep.form} onSubmit={signStep.onSubmit} button="Sign off">
        <DateInput legend="Date signed off" legendSize="s" {...signStep.form.bind("on")} />
      </StepForm>
      <StepForm
        id="return"
        heading="Or return it to the author"
        form={returnStep.form}
        onSubmit={returnStep.onSubmit}
        button="Return with comments"
        secondary
      >
        <Textarea label="What needs to change" rows={4} {...returnStep.form.field("comments")} />
      </StepForm>
    </>
  );
}

export function ReviewForm({ assessment, show }: { assessment: AssessmentDetail; show: Show }) {
  const trpc = useTRPC();
  const review = useMutation(trpc.assessments.review.mutationOptions());
  const step = useStep(assessment.id, ehaReviewSchema, { on: todayIso(), summary: "" }, ["on", "summary"], review.mutateAsync, show);
  return (
    <StepForm id="review" heading="Record a review" form={step.form} onSubmit={step.onSubmit} button="Record the review">
      <DateInput legend="Date of the review" legendSize="s" {...step.form.bind("on")} />
      <Textarea label="What the review found" rows={4} {...step.form.field("summary")} />
    </StepForm>
  );
}

export function WithdrawConsentForm({ assessment, show }: { assessment: AssessmentDetail; show: Show }) {
  const trpc = useTRPC();
  const withdraw = useMutation(trpc.assessments.withdrawConsent.mutationOptions());
  const step = useStep(
    assessment.id,
    ehaWithdrawConsentSchema,
    { withdrawnOn: todayIso(), reason: "" },
    ["withdrawnOn", "reason"],
    withdraw.mutateAsync,
    show,
  );
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">The family has withdrawn consent</span>
      </summary>
      <div className="govuk-details__text">
        <StepForm
          id="withdraw"
          heading="Record that consent was withdrawn"
          form={step.form}
          onSubmit={step.onSubmit}
          button="Record withdrawal"
          secondary
        >
          <p className="govuk-body">From that day the assessment is not shared with anyone and goes no further.</p>
          <DateInput legend="Date consent was withdrawn" legendSize="s" {...step.form.bind("withdrawnOn")} />
          <Textarea label="Reason (optional)" rows={3} {...step.form.field("reason")} />
        </StepForm>
      </div>
    </details>
  );
}

export function QualityAuditForm({ assessment, show }: { assessment: AssessmentDetail; show: Show }) {
  const trpc = useTRPC();
  const audit = useMutation(trpc.assessments.qualityAudit.mutationOptions());
  const step = useStep(assessment.id, ehaQualityAuditSchema, { rating: "", feedback: "" }, ["rating", "feedback"], audit.mutateAsync, show);
  return (
    <StepForm id="audit" heading="Quality audit" form={step.form} onSubmit={step.onSubmit} button="Send feedback to the author" secondary>
      <Radios
        legend="Rating"
        legendSize="s"
        items={ehaQualityRatings.map((r) => ({ value: r, text: ehaQualityRatingLabels[r] }))}
        {...step.form.field("rating")}
      />
      <Textarea label="Feedback to the author" rows={4} {...step.form.field("feedback")} />
    </StepForm>
  );
}

/** Which steps the signed-in member of staff may take now. */
export function useAllowedSteps(assessment: AssessmentDetail) {
  const role = useStaff().role;
  const open = assessment.sharingAllowed || !assessment.consent.givenOn;
  return {
    write: can(role, "assessments.write"),
    complete: can(role, "assessments.write") && assessment.status === "draft" && !assessment.consent.withdrawnOn,
    signOff: can(role, "assessments.signOff") && assessment.status === "completed" && !assessment.authoredByYou && open,
    review: can(role, "assessments.write") && (assessment.status === "signed_off" || assessment.status === "reviewed") && open,
    withdraw: can(role, "assessments.write") && !!assessment.consent.givenOn && !assessment.consent.withdrawnOn,
    audit: can(role, "assessments.audit") && assessment.status !== "draft" && !assessment.authoredByYou,
  };
}
