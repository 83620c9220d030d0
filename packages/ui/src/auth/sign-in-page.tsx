import { signInSchema } from "@hearth/domain";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { usePageTitle } from "../app/service";
import { Button } from "../components/button";
import { ErrorSummary } from "../components/error-summary";
import { NotificationBanner } from "../components/notification-banner";
import { TextInput } from "../components/form/text-input";
import { applyServerErrors, errorSummaryItems, fieldError } from "../forms/form-errors";
import { useTRPC } from "../trpc/trpc";
import { markSignedOutForInactivity } from "./session-timeout";

const FIELDS = ["email", "password"] as const;

/**
 * Staff sign-in, shown in place of any page that needs it; once signed in, the page that was
 * asked for appears without another click. `signedOutAfterMinutes` says why someone was signed out
 * when the timeout warning went unanswered.
 */
export function SignInPage({ signedOutAfterMinutes = null }: { signedOutAfterMinutes?: number | null } = {}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formMessages, setFormMessages] = useState<string[]>([]);
  const form = useForm({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "" },
    shouldFocusError: false,
  });
  const { errors, submitCount, isSubmitting } = form.formState;
  const signIn = useMutation(trpc.auth.signIn.mutationOptions());

  const onSubmit = form.handleSubmit(async (values) => {
    setFormMessages([]);
    try {
      await signIn.mutateAsync(values);
      markSignedOutForInactivity(null);
      // Everything cached so far belonged to nobody; fetch it again as the person now signed in.
      await queryClient.invalidateQueries();
    } catch (error) {
      setFormMessages(applyServerErrors(form, error));
      form.resetField("password", { keepError: true });
    }
  });

  // A refused sign-in is about the pair of answers; its link goes to the first of them.
  const summary = [
    ...formMessages.map((text) => ({ text, fieldId: "email" })),
    ...errorSummaryItems(errors, FIELDS),
  ];
  usePageTitle("Sign in", { hasErrors: summary.length > 0 });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary items={summary} focusKey={submitCount} />
        {signedOutAfterMinutes && (
          <NotificationBanner
            heading={`We signed you out because you had not used Hearth for ${signedOutAfterMinutes} ${signedOutAfterMinutes === 1 ? "minute" : "minutes"}`}
          >
            <p className="govuk-body">Sign in again to carry on. What you typed in long forms has been kept.</p>
          </NotificationBanner>
        )}
        <h1 className="govuk-heading-l">Sign in</h1>
        <p className="govuk-body">Use your council email address and your Hearth password.</p>
        <form onSubmit={onSubmit} noValidate>
          <TextInput
            label="Email address"
            type="email"
            autoComplete="username"
            spellCheck={false}
            error={fieldError(errors, "email")}
            {...form.register("email")}
          />
          <TextInput
            label="Password"
            type="password"
            autoComplete="current-password"
            error={fieldError(errors, "password")}
            {...form.register("password")}
          />
          <Button disabled={isSubmitting}>Sign in</Button>
        </form>
      </div>
    </div>
  );
}
