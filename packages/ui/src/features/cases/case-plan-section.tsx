import {
  casePlanActionAddSchema,
  casePlanActionStatuses,
  casePlanActionStatusLabels,
  casePlanActionUpdateSchema,
  casePlanOutcomeAddSchema,
  caseReviewDecisionLabels,
  caseReviewDecisions,
  caseReviewRecordSchema,
  type CasePlanActionAdd,
  type CasePlanActionUpdate,
  type CasePlanOutcomeAdd,
  type CaseReviewRecord,
} from "@hearth/domain";
import type { RouterOutputs } from "@hearth/api";
import { useMutation } from "@tanstack/react-query";
import { Button } from "../../components/button";
import { ErrorSummary } from "../../components/error-summary";
import { DateInput } from "../../components/form/date-input";
import { Radios } from "../../components/form/radios";
import { Select } from "../../components/form/select";
import { Textarea } from "../../components/form/textarea";
import { TextInput } from "../../components/form/text-input";
import { SummaryList } from "../../components/summary-list";
import { Table } from "../../components/table";
import { formatUkDate } from "../../format/dates";
import { prefixedBoxes } from "../../forms/prefixed-boxes";
import { useSchemaForm } from "../../forms/use-schema-form";
import { useTRPC } from "../../trpc/trpc";

type Plan = RouterOutputs["cases"]["get"]["plan"];

/**
 * The case's plan (issue 12 §2): its outcomes, each with actions (who, by when, how far), the
 * reviews held and when the next is due; with the forms that add to it while the case is open.
 */
export function CasePlanSection({ caseId, plan, editable, onChanged }: { caseId: string; plan: Plan; editable: boolean; onChanged: () => void }) {
  return (
    <section aria-labelledby="plan-heading">
      <h2 className="govuk-heading-m" id="plan-heading">
        The plan
      </h2>
      {plan.nextReviewDue && <p className="govuk-body">Next review due {formatUkDate(plan.nextReviewDue)}.</p>}
      {plan.outcomes.length === 0 && <p className="govuk-body">No outcomes have been written yet.</p>}
      {plan.outcomes.map((outcome, i) => (
        <div key={outcome.id}>
          <h3 className="govuk-heading-s">
            Outcome {i + 1}: {outcome.description}
          </h3>
          {outcome.actions.length ? (
            <Table
              caption={`Actions for outcome ${i + 1}`}
              captionSize="s"
              rows={outcome.actions}
              rowKey={(a) => a.id}
              columns={[
                { header: "Action", cell: (a) => a.description, sortValue: (a) => a.description },
                { header: "Who", cell: (a) => a.owner, sortValue: (a) => a.owner },
                { header: "Due", cell: (a) => formatUkDate(a.dueOn), sortValue: (a) => a.dueOn },
                {
                  header: "Status",
                  cell: (a) =>
                    editable ? (
                      <ActionStatusForm caseId={caseId} actionId={a.id} status={a.status} onChanged={onChanged} />
                    ) : (
                      casePlanActionStatusLabels[a.status]
                    ),
                  sortValue: (a) => a.status,
                },
              ]}
            />
          ) : (
            <p className="govuk-body">No actions yet.</p>
          )}
        </div>
      ))}
      {editable && (
        <>
          <AddOutcomeForm caseId={caseId} onAdded={onChanged} />
          {plan.outcomes.length > 0 && <AddActionForm caseId={caseId} outcomes={plan.outcomes} onAdded={onChanged} />}
        </>
      )}
      <h2 className="govuk-heading-m">Reviews</h2>
      {plan.reviews.length === 0 && <p className="govuk-body">No reviews held yet.</p>}
      {plan.reviews.map((review) => (
        <div key={review.id}>
          <h3 className="govuk-heading-s">Review, {formatUkDate(review.heldOn)}</h3>
          <SummaryList
            rows={[
              { key: "Progress", value: <span style={{ whiteSpace: "pre-wrap" }}>{review.progress}</span> },
              { key: "Decision", value: `${caseReviewDecisionLabels[review.decision]}: ${review.decisionNote}` },
              { key: "Recorded by", value: review.recordedByName },
            ]}
          />
        </div>
      ))}
      {editable && <RecordReviewForm caseId={caseId} onRecorded={onChanged} />}
    </section>
  );
}

function ActionStatusForm(props: { caseId: string; actionId: string; status: string; onChanged: () => void }) {
  const trpc = useTRPC();
  const update = useMutation(trpc.cases.updateAction.mutationOptions());
  // Each row's box has its own name, so the page's ids stay unique.
  const box = `status-${props.actionId}`;
  const form = useSchemaForm<Record<string, string>, CasePlanActionUpdate>({
    schema: casePlanActionUpdateSchema,
    defaultValues: { [box]: props.status },
    toInput: (v) => ({ caseId: props.caseId, actionId: props.actionId, status: v[box] }),
    aliases: { status: box },
  });
  return (
    <form noValidate onSubmit={form.onSubmit(async (input) => (await update.mutateAsync(input), props.onChanged()))}>
      <Select
        label={<span className="govuk-visually-hidden">Status</span>}
        options={casePlanActionStatuses.map((s) => ({ value: s, text: casePlanActionStatusLabels[s] }))}
        {...form.field(box)}
      />
      <Button variant="secondary" disabled={update.isPending}>
        Update<span className="govuk-visually-hidden"> status</span>
      </Button>
    </form>
  );
}

function AddOutcomeForm({ caseId, onAdded }: { caseId: string; onAdded: () => void }) {
  const trpc = useTRPC();
  const add = useMutation(trpc.cases.addOutcome.mutationOptions());
  const boxes = prefixedBoxes("outcome", { description: "" });
  const form = useSchemaForm<Record<string, string>, CasePlanOutcomeAdd>({
    schema: casePlanOutcomeAddSchema,
    defaultValues: boxes.defaultValues,
    aliases: boxes.aliases,
    order: boxes.order,
    toInput: (v) => ({ caseId, ...boxes.unboxed(v) }),
  });
  return (
    <section aria-labelledby="add-outcome-heading">
      <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
      <h3 className="govuk-heading-s" id="add-outcome-heading">
        Add an outcome
      </h3>
      <form noValidate onSubmit={form.onSubmit(async (input) => (await add.mutateAsync(input), form.form.reset(), onAdded()))}>
        <Textarea
          label="Outcome"
          hint="What will be different for the family, in their words where you can"
          rows={2}
          {...form.field(boxes.box("description"))}
        />
        <Button disabled={add.isPending}>Add outcome</Button>
      </form>
    </section>
  );
}

function AddActionForm({ caseId, outcomes, onAdded }: { caseId: string; outcomes: Plan["outcomes"]; onAdded: () => void }) {
  const trpc = useTRPC();
  const add = useMutation(trpc.cases.addAction.mutationOptions());
  // The outcome form on the same page also asks for a "description": this form's boxes are its own.
  const boxes = prefixedBoxes("action", { outcomeId: outcomes.length === 1 ? outcomes[0]!.id : "", description: "", owner: "", dueOn: "" });
  const form = useSchemaForm<Record<string, string>, CasePlanActionAdd>({
    schema: casePlanActionAddSchema,
    defaultValues: boxes.defaultValues,
    aliases: boxes.aliases,
    order: boxes.order,
    toInput: (v) => {
      const typed = boxes.unboxed(v);
      return { caseId, ...typed, outcomeId: typed.outcomeId || undefined };
    },
  });
  const dueOn = form.bind(boxes.box("dueOn"));
  return (
    <section aria-labelledby="add-action-heading">
      <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
      <h3 className="govuk-heading-s" id="add-action-heading">
        Add an action
      </h3>
      <form noValidate onSubmit={form.onSubmit(async (input) => (await add.mutateAsync(input), form.form.reset(), onAdded()))}>
        <Radios
          legend="Which outcome is it for?"
          legendSize="s"
          items={outcomes.map((o, i) => ({ value: o.id, text: `Outcome ${i + 1}: ${o.description}` }))}
          {...form.field(boxes.box("outcomeId"))}
        />
        <Textarea label="Action" rows={2} {...form.field(boxes.box("description"))} />
        <TextInput label="Who will do it" hint="For example, the key worker, mother, the school" {...form.field(boxes.box("owner"))} />
        <DateInput legend="Due by" legendSize="s" hint="For example, 27 3 2026" {...dueOn} value={String(dueOn.value)} />
        <Button disabled={add.isPending}>Add action</Button>
      </form>
    </section>
  );
}

function RecordReviewForm({ caseId, onRecorded }: { caseId: string; onRecorded: () => void }) {
  const trpc = useTRPC();
  const record = useMutation(trpc.cases.recordReview.mutationOptions());
  // The oversight form on the same page also asks for a "decision".
  const boxes = prefixedBoxes("review", { heldOn: "", progress: "", decision: "", decisionNote: "" });
  const form = useSchemaForm<Record<string, string>, CaseReviewRecord>({
    schema: caseReviewRecordSchema,
    defaultValues: boxes.defaultValues,
    aliases: boxes.aliases,
    order: boxes.order,
    toInput: (v) => {
      const typed = boxes.unboxed(v);
      return { caseId, ...typed, decision: typed.decision || undefined };
    },
  });
  const heldOn = form.bind(boxes.box("heldOn"));
  return (
    <section aria-labelledby="record-review-heading">
      <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
      <h3 className="govuk-heading-s" id="record-review-heading">
        Record a review
      </h3>
      <form noValidate onSubmit={form.onSubmit(async (input) => (await record.mutateAsync(input), form.form.reset(), onRecorded()))}>
        <DateInput legend="Date of the review" legendSize="s" hint="For example, 27 3 2026" {...heldOn} value={String(heldOn.value)} />
        <Textarea label="Progress against the plan" {...form.field(boxes.box("progress"))} />
        <Radios
          legend="What did the review decide?"
          legendSize="s"
          items={caseReviewDecisions.map((d) => ({ value: d, text: caseReviewDecisionLabels[d] }))}
          {...form.field(boxes.box("decision"))}
        />
        <Textarea label="Reason for the decision" rows={3} {...form.field(boxes.box("decisionNote"))} />
        <Button disabled={record.isPending}>Record review</Button>
      </form>
    </section>
  );
}
