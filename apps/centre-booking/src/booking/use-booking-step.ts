import { useSchemaForm, useTRPC, type ErrorSummaryItem, type SchemaFormOptions } from "@hearth/ui";
import { useQuery } from "@tanstack/react-query";
import { useEffect, type FormEvent } from "react";
import { useNavigate, useParams, useSearchParams } from "react-router";
import { useBookingDraft, type BookingDraft } from "./booking-draft";
import type { PublicSession } from "./session-types";
import { nextStep, previousStep, stepOfField, type BookingStep } from "./paths";

/** The answers one question page asks for: a few of the draft's. */
type StepAnswers = Partial<Omit<BookingDraft, "idempotencyKey" | "serverErrors" | "result">>;

/**
 * Everything a question page needs: the session, the answers so far, and its form (the one schema
 * form hook) whose submit saves the answers and moves on when nothing is wrong with them.
 */
export function useBookingStep<Answers extends StepAnswers, Out>(
  step: BookingStep,
  options: Omit<SchemaFormOptions<Answers, Out>, "defaultValues" | "check"> & {
    answers: (draft: BookingDraft) => Answers;
    /** Answers only the page can check, against the session being booked (a child's age on its day). */
    check?: (answers: Answers, parsed: Out | undefined, session: PublicSession | undefined) => Record<string, string | undefined>;
  },
) {
  const sessionId = useParams().sessionId ?? "";
  const [search] = useSearchParams();
  const fromCheck = search.get("change") === "yes";
  const navigate = useNavigate();
  const trpc = useTRPC();
  const session = useQuery(trpc.sessions.get.queryOptions({ sessionId }, { retry: false }));
  const { draft, update } = useBookingDraft(sessionId, step === "children");
  const { check } = options;
  const form = useSchemaForm<Answers, Out>({
    ...options,
    defaultValues: options.answers(draft),
    check: check && ((answers, parsed) => check(answers, parsed, session.data)),
  });

  // Problems the server found on this page's questions are shown until the family answers again.
  useEffect(() => {
    for (const [field, message] of Object.entries(draft.serverErrors)) {
      if (stepOfField(field) === step) form.form.setError(field as never, { type: "server", message });
    }
    // Only once, as the page opens: the draft's copy is dropped when the page is answered.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** Saves the answers as typed, then moves on only when the schema finds nothing wrong with them. */
  const submit = (event: FormEvent) => {
    const serverErrors = Object.fromEntries(Object.entries(draft.serverErrors).filter(([field]) => stepOfField(field) !== step));
    update({ ...form.form.getValues(), serverErrors });
    return form.onSubmit(() => navigate(nextStep(sessionId, step, fromCheck)))(event);
  };

  return {
    sessionId,
    session,
    draft,
    update,
    form,
    submit,
    backTo: fromCheck ? nextStep(sessionId, step, true) : previousStep(sessionId, step),
  };
}

/** What the booking question page frame needs from a step, whatever its answers. */
export type BookingStepPage = Pick<ReturnType<typeof useBookingStep>, "session" | "backTo" | "submit"> & {
  form: { summary(): ErrorSummaryItem[]; focusKey: unknown };
};
