import { useMutation, useQuery } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { useNavigate } from "react-router";
import type { z } from "zod";
import { usePageTitle } from "../../app/service";
import { Button } from "../../components/button";
import { BackLink } from "../../components/content";
import { ErrorSummary } from "../../components/error-summary";
import { errorSummaryItems, fieldError } from "../../forms/form-errors";
import { schemaResolver } from "../../forms/schema-resolver";
import { serverFieldErrors, serverFormErrors } from "../../forms/server-errors";
import { DraftRestoredBanner, useDraft } from "../../forms/use-draft";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { callFields, callFormSchema, emptyCall, type CallFormValues } from "./call-form-values";
import { CallerFields, type Message } from "./caller-fields";
import { DecisionFields } from "./decision-fields";
import { FamilyFields } from "./family-fields";
import { consultationPaths } from "./paths";

/** One draft per member of staff: a call interrupted by a time-out or a closed tab comes back. */
export const LOG_CALL_DRAFT_KEY = "consultation.create";

/** The server's messages under the form's own names: "indicatorCodes.2" shows beside the indicators. */
function serverMessagesOf(error: unknown): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const [path, text] of Object.entries(serverFieldErrors(error))) {
    const field = path.split(".")[0]!;
    messages[field] ??= text;
  }
  return messages;
}

/**
 * Logging a call while on the phone (issue 11 §1): one long page, kept as a server-side draft
 * as it is typed, so nothing is lost. The threshold decision is made on the same page.
 */
export function LogCallPage() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const reference = useQuery(trpc.consultations.reference.queryOptions({}));
  const create = useMutation(trpc.consultations.create.mutationOptions());
  const form = useForm<CallFormValues, unknown, unknown>({
    // The schema reads the typed answers through callInput, so its input is the form's values.
    resolver: schemaResolver<CallFormValues, z.ZodType<unknown, CallFormValues>>(callFormSchema as unknown as z.ZodType<unknown, CallFormValues>),
    defaultValues: emptyCall,
    shouldFocusError: false,
  });
  const draft = useDraft(LOG_CALL_DRAFT_KEY, form as never);
  const { errors, submitCount } = form.formState;
  const server = serverMessagesOf(create.error);
  const message: Message = (name) => (name === "indicatorCodes" ? server.indicatorCodes : (fieldError(errors, name) ?? server[name]));
  const formMessages = create.error && !Object.keys(server).length ? serverFormErrors(create.error) : [];
  const summary = errorSummaryItems(errors, callFields, formMessages, server);
  if (server.indicatorCodes) summary.push({ text: server.indicatorCodes, fieldId: "indicatorsChildDevelopment" });
  usePageTitle("Log a call", { hasErrors: summary.length > 0 });

  if (reference.isPending) return <p className="govuk-body">Loading…</p>;
  if (reference.isError) return <LoadProblem error={reference.error} what="the advice line’s settings" />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={consultationPaths.start}>Immediate risk question</BackLink>
        <ErrorSummary items={summary} focusKey={create.error ?? submitCount} />
        <DraftRestoredBanner draft={draft} />
        <span className="govuk-caption-l">Consultation line</span>
        <h1 className="govuk-heading-l">Log a call</h1>
        <p className="govuk-body">No child is at immediate risk. What you type is kept as you go.</p>
        <form
          noValidate
          onSubmit={form.handleSubmit(async () => {
            await draft.flush();
            const input = callFormSchema.parse(form.getValues());
            create.mutate(input, {
              // The call is recorded: its draft goes, so the next call starts empty.
              onSuccess: (done) => void draft.finish().then(() => navigate(consultationPaths.consultation(done.id))),
            });
          })}
        >
          <CallerFields form={form} message={message} organisations={reference.data.organisations} />
          <FamilyFields form={form} message={message} localities={reference.data.localities} />
          <DecisionFields form={form} message={message} seniorConfirmationLevels={reference.data.seniorConfirmationLevels} />
          <Button disabled={create.isPending}>Record the call and decision</Button>
        </form>
      </div>
    </div>
  );
}
