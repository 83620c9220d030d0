import { consultationMakeNamedSchema, type ConsultationDetail } from "@hearth/domain";
import { useMutation } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { Button } from "../../components/button";
import { ErrorSummary } from "../../components/error-summary";
import { errorSummaryItems, fieldError } from "../../forms/form-errors";
import { serverFieldErrors, serverFormErrors } from "../../forms/server-errors";
import { useTRPC } from "../../trpc/trpc";
import { listOf } from "./call-form-values";
import { NamedFamily, type NamingValues } from "./family-fields";

/** Consent given after the call: the no-names consultation is named, keeping what it recorded. */
export function MakeNamedForm({ consultation, done }: { consultation: ConsultationDetail; done: () => Promise<unknown> }) {
  const trpc = useTRPC();
  const name = useMutation(trpc.consultations.makeNamed.mutationOptions());
  const form = useForm<NamingValues, unknown, unknown>({ defaultValues: { familyId: "", childIds: [], consentGivenBy: "" } });
  const server: Record<string, string> = {};
  for (const [path, text] of Object.entries(serverFieldErrors(name.error))) server[path.split(".")[0]!] ??= text;
  const message = (field: keyof NamingValues) => fieldError(form.formState.errors, field) ?? server[field];
  const summary = errorSummaryItems(
    form.formState.errors,
    ["familyId", "childIds", "consentGivenBy"],
    name.error && !Object.keys(server).length ? serverFormErrors(name.error) : [],
    server,
  );
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit((values) => {
        const typed = values as NamingValues;
        const input = consultationMakeNamedSchema.safeParse({ consultationId: consultation.id, ...typed, childIds: listOf(typed.childIds) });
        if (!input.success) {
          for (const issue of input.error.issues) form.setError(String(issue.path[0]) as keyof NamingValues, { message: issue.message });
          return;
        }
        name.mutate(input.data, { onSuccess: () => void done() });
      })}
    >
      <h2 className="govuk-heading-m">The family has agreed to be named</h2>
      <ErrorSummary items={summary} focusKey={name.error ?? form.formState.submitCount} />
      <p className="govuk-body">The consultation keeps what was recorded without names; the family and children are added to it.</p>
      <NamedFamily form={form} message={message} />
      <Button variant="secondary" disabled={name.isPending}>
        Name the family
      </Button>
    </form>
  );
}
