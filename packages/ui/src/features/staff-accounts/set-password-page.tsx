import { minimumPasswordLength, passwordSetSchema } from "@hearth/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { usePageTitle } from "../../app/service";
import { Button } from "../../components/button";
import { ErrorSummary } from "../../components/error-summary";
import { TextInput } from "../../components/form/text-input";
import { useSchemaForm } from "../../forms/use-schema-form";
import { useTRPC } from "../../trpc/trpc";

const FIELDS = ["password", "confirmPassword"] as const;

/**
 * The page an invitation's link opens, before anyone is signed in. The token is in the address's
 * fragment (after #), which browsers never send to a server, so no log holds it.
 */
export function SetPasswordPage() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const token = window.location.hash.slice(1);
  const form = useSchemaForm({
    schema: passwordSetSchema,
    defaultValues: { token, password: "", confirmPassword: "" },
    order: FIELDS,
  });
  const setPassword = useMutation(trpc.auth.setPassword.mutationOptions());
  const send = form.onSubmit(async (values) => {
    try {
      await setPassword.mutateAsync(values);
    } finally {
      form.form.resetField("password", { keepError: true });
      form.form.resetField("confirmPassword", { keepError: true });
    }
    // Signed in now: forget what was cached as nobody, and leave the token out of the address.
    await queryClient.invalidateQueries();
    void navigate("/", { replace: true });
  });
  const summary = form.summary().map((item) => (item.fieldId === "token" ? { text: item.text } : item));
  usePageTitle("Set your password", { hasErrors: summary.length > 0 });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary items={summary} focusKey={form.focusKey} />
        <h1 className="govuk-heading-l">Set your password</h1>
        <p className="govuk-body">
          Choose a password of at least {minimumPasswordLength} characters. Three or four random words together are easy to remember and hard to
          guess.
        </p>
        <form noValidate onSubmit={send}>
          <TextInput label="Password" type="password" autoComplete="new-password" {...form.field("password")} />
          <TextInput label="Type the password again" type="password" autoComplete="new-password" {...form.field("confirmPassword")} />
          <Button>Set password and sign in</Button>
        </form>
      </div>
    </div>
  );
}
