import { consultationMakeNamedSchema, type ConsultationDetail, type ConsultationMakeNamed } from "@hearth/domain";
import { useMutation } from "@tanstack/react-query";
import { Button } from "../../components/button";
import { ErrorSummary } from "../../components/error-summary";
import { useSchemaForm } from "../../forms/use-schema-form";
import { useTRPC } from "../../trpc/trpc";
import { listOf } from "./call-form-values";
import { NamedFamily, type NamingValues } from "./family-fields";

/** Consent given after the call: the no-names consultation is named, keeping what it recorded. */
export function MakeNamedForm({ consultation, done }: { consultation: ConsultationDetail; done: () => Promise<unknown> }) {
  const trpc = useTRPC();
  const name = useMutation(trpc.consultations.makeNamed.mutationOptions());
  const form = useSchemaForm<NamingValues, ConsultationMakeNamed>({
    schema: consultationMakeNamedSchema,
    defaultValues: { familyId: "", childIds: [], consentGivenBy: "" },
    // A checkbox group of one answers with its value, not a list.
    toInput: (typed) => ({ consultationId: consultation.id, ...typed, childIds: listOf(typed.childIds) }),
    order: ["familyId", "childIds", "consentGivenBy"],
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(async (input) => {
        await name.mutateAsync(input);
        await done();
      })}
    >
      <h2 className="govuk-heading-m">The family has agreed to be named</h2>
      <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
      <p className="govuk-body">The consultation keeps what was recorded without names; the family and children are added to it.</p>
      <NamedFamily form={form} familyId={form.values.familyId} />
      <Button variant="secondary" disabled={name.isPending}>
        Name the family
      </Button>
    </form>
  );
}
