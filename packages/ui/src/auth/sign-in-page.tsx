import { signInSchema } from "@hearth/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { usePageTitle } from "../app/service";
import { Button } from "../components/button";
import { ErrorSummary } from "../components/error-summary";
import { NotificationBanner } from "../components/notification-banner";
import { TextInput } from "../components/form/text-input";
import { useSchemaForm } from "../forms/use-schema-form";
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
  const form = useSchemaForm({
    schema: signInSchema,
    defaultValues: { email: "", password: "" },
    order: FIELDS,
  });
  const { isSubmitting } = form.form.formState;
  const signIn = useMutation(trpc.auth.signIn.mutationOptions());

  const onSubmit = form.onSubmit(async (values) => {
    try {
      await signIn.mutateAsync(values);
    } finally {
      // A password is never kept in the box after a refusal; a success leaves the page anyway.
      form.form.resetField("password", { keepError: true });
    }
    markSignedOutForInactivity(null);
    // Everything cached so far belonged to nobody; fetch it again as the person now signed in.
    await queryClient.invalidateQueries();
  });

  // A refused sign-in is about the pair of answers; its link goes to the first of them.
  const summary = form.summary().map((item) => (item.fieldId ? item : { ...item, fieldId: "email" }));
  usePageTitle("Sign in", { hasErrors: summary.length > 0 });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary items={summary} focusKey={form.focusKey} />
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
          <TextInput label="Email address" type="email" autoComplete="username" spellCheck={false} {...form.field("email")} />
          <TextInput label="Password" type="password" autoComplete="current-password" {...form.field("password")} />
          <Button disabled={isSubmitting}>Sign in</Button>
        </form>
      </div>
    </div>
  );
}
