import type { RouterOutputs } from "@hearth/api";
import { caseOutcomeLabels, stepDownPickUpSchema, type StepDownPickUp } from "@hearth/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { usePageTitle } from "../../app/service";
import { Button } from "../../components/button";
import { ErrorSummary } from "../../components/error-summary";
import { SummaryList } from "../../components/summary-list";
import { formatUkDateTime } from "../../format/dates";
import { useSchemaForm } from "../../forms/use-schema-form";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { familyRecordPaths } from "../families/paths";

type StepDown = RouterOutputs["stepDowns"]["list"]["stepDowns"][number];

/**
 * LCSS's queue of families FSS stepped down to early help when closing their case, each with FSS's
 * closing note, until a locality worker picks the family up (issue 11 §5, issue 12 §2).
 */
export function StepDownsPage() {
  const trpc = useTRPC();
  const list = useQuery(trpc.stepDowns.list.queryOptions({}));
  const [pickedUp, setPickedUp] = useState<string | null>(null);
  usePageTitle("Stepped down from FSS");
  return (
    <>
      {pickedUp && (
        <div className="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="picked-up-title">
          <div className="govuk-notification-banner__header">
            <h2 className="govuk-notification-banner__title" id="picked-up-title">
              Success
            </h2>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">You picked up {pickedUp}</p>
          </div>
        </div>
      )}
      <h1 className="govuk-heading-l">Stepped down from FSS</h1>
      <p className="govuk-body">Families whose FSS case closed with a step-down to early help, waiting for a locality worker to pick them up.</p>
      {list.isPending && <p className="govuk-body">Loading…</p>}
      {list.isError && <LoadProblem error={list.error} what="the families stepped down from FSS" />}
      {list.data &&
        (list.data.stepDowns.length === 0 ? (
          <p className="govuk-body">No families are waiting.</p>
        ) : (
          list.data.stepDowns.map((s) => <StepDownCard key={s.caseId} stepDown={s} onPickedUp={() => setPickedUp(s.familyName)} />)
        ))}
    </>
  );
}

function StepDownCard({ stepDown, onPickedUp }: { stepDown: StepDown; onPickedUp: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const pickUp = useMutation(trpc.stepDowns.pickUp.mutationOptions());
  const form = useSchemaForm<Record<string, never>, StepDownPickUp>({
    schema: stepDownPickUpSchema,
    defaultValues: {},
    toInput: () => ({ caseId: stepDown.caseId }),
  });
  const onSubmit = form.onSubmit(async (input) => {
    await pickUp.mutateAsync(input);
    onPickedUp();
    await queryClient.invalidateQueries({ queryKey: trpc.stepDowns.list.queryKey() });
    await queryClient.invalidateQueries({ queryKey: trpc.myWork.list.pathKey() });
  });
  const headingId = `step-down-${stepDown.caseId}`;
  return (
    <section aria-labelledby={headingId} className="govuk-!-margin-bottom-8">
      <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
      <h2 className="govuk-heading-m" id={headingId}>
        <Link className="govuk-link" to={familyRecordPaths.involvement(stepDown.familyId)}>
          {stepDown.familyName}
        </Link>
      </h2>
      <SummaryList
        rows={[
          { key: "Case closed", value: `${formatUkDateTime(stepDown.closedAt)}${stepDown.closedByName ? ` by ${stepDown.closedByName}` : ""}` },
          { key: "Reason", value: stepDown.closeReason },
          ...(stepDown.outcome ? [{ key: "Outcomes", value: caseOutcomeLabels[stepDown.outcome] }] : []),
          { key: "Closing note", value: <span style={{ whiteSpace: "pre-wrap" }}>{stepDown.closeSummary}</span> },
        ]}
      />
      <form noValidate onSubmit={onSubmit}>
        <Button>Pick up the family</Button>
      </form>
    </section>
  );
}
