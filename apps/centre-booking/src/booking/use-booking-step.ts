import { useTRPC } from "@hearth/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate, useParams, useSearchParams } from "react-router";
import { useBookingDraft, type BookingDraft } from "./booking-draft";
import type { FieldErrorMap } from "./field-errors";
import { nextStep, previousStep, stepOfField, type BookingStep } from "./paths";

/**
 * Everything a question page needs: the session, the answers so far, the errors to show and a
 * submit that checks this page's answers before moving on.
 */
export function useBookingStep(step: BookingStep) {
  const sessionId = useParams().sessionId ?? "";
  const [search] = useSearchParams();
  const fromCheck = search.get("change") === "yes";
  const navigate = useNavigate();
  const trpc = useTRPC();
  const session = useQuery(trpc.sessions.get.queryOptions({ sessionId }, { retry: false }));
  const { draft, update } = useBookingDraft(sessionId, step === "children");
  // Problems the server found on this page's questions are shown until the family answers again.
  const [errors, setErrors] = useState<FieldErrorMap>(() => errorsForStep(draft.serverErrors, step));
  const [attempts, setAttempts] = useState(0);

  /** Saves the answers; moves on only when `validate` finds nothing wrong with them. */
  const submit = (answers: Partial<BookingDraft>, validate: () => FieldErrorMap) => {
    const found = validate();
    const serverErrors = withoutStep(draft.serverErrors, step);
    update({ ...answers, serverErrors });
    setErrors(found);
    setAttempts((n) => n + 1);
    if (Object.keys(found).length === 0) void navigate(nextStep(sessionId, step, fromCheck));
  };

  return {
    sessionId,
    session,
    draft,
    update,
    errors,
    attempts,
    submit,
    backTo: fromCheck ? nextStep(sessionId, step, true) : previousStep(sessionId, step),
  };
}

function errorsForStep(errors: FieldErrorMap, step: BookingStep): FieldErrorMap {
  return Object.fromEntries(Object.entries(errors).filter(([field]) => stepOfField(field) === step));
}

function withoutStep(errors: FieldErrorMap, step: BookingStep): FieldErrorMap {
  return Object.fromEntries(Object.entries(errors).filter(([field]) => stepOfField(field) !== step));
}
