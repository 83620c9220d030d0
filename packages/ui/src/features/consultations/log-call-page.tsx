import { consultationCreateSchema, type ConsultationCreate } from "@hearth/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { usePageTitle } from "../../app/service";
import { Button } from "../../components/button";
import { BackLink } from "../../components/content";
import { ErrorSummary } from "../../components/error-summary";
import { DraftRestoredBanner, useDraft } from "../../forms/use-draft";
import { useSchemaForm } from "../../forms/use-schema-form";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { callAliases, callFields, callInput, emptyCall, type CallFormValues } from "./call-form-values";
import { CallerFields } from "./caller-fields";
import { DecisionFields } from "./decision-fields";
import { FamilyFields } from "./family-fields";
import { consultationPaths } from "./paths";

/** One draft per member of staff: a call interrupted by a time-out or a closed tab comes back. */
export const LOG_CALL_DRAFT_KEY = "consultation.create";

/**
 * Logging a call while on the phone (issue 11 §1): one long page, kept as a server-side draft
 * as it is typed, so nothing is lost. The threshold decision is made on the same page.
 */
export function LogCallPage() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const reference = useQuery(trpc.consultations.reference.queryOptions({}));
  const create = useMutation(trpc.consultations.create.mutationOptions());
  const form = useSchemaForm<CallFormValues, ConsultationCreate>({
    schema: consultationCreateSchema,
    defaultValues: emptyCall,
    toInput: callInput,
    aliases: callAliases,
    order: callFields,
  });
  const draft = useDraft(LOG_CALL_DRAFT_KEY, form.form);
  const summary = form.summary();
  usePageTitle("Log a call", { hasErrors: summary.length > 0 });

  if (reference.isPending) return <p className="govuk-body">Loading…</p>;
  if (reference.isError) return <LoadProblem error={reference.error} what="the advice line’s settings" />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={consultationPaths.start}>Immediate risk question</BackLink>
        <ErrorSummary items={summary} focusKey={form.focusKey} />
        <DraftRestoredBanner draft={draft} />
        <span className="govuk-caption-l">Consultation line</span>
        <h1 className="govuk-heading-l">Log a call</h1>
        <p className="govuk-body">No child is at immediate risk. What you type is kept as you go.</p>
        <form
          noValidate
          onSubmit={form.onSubmit(async (input) => {
            await draft.flush();
            const done = await create.mutateAsync(input);
            // The call is recorded: its draft goes, so the next call starts empty.
            await draft.finish();
            await navigate(consultationPaths.consultation(done.id));
          })}
        >
          <CallerFields form={form} organisations={reference.data.organisations} />
          <FamilyFields form={form} localities={reference.data.localities} />
          <DecisionFields form={form} seniorConfirmationLevels={reference.data.seniorConfirmationLevels} />
          <Button disabled={create.isPending}>Record the call and decision</Button>
        </form>
      </div>
    </div>
  );
}
