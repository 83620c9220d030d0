import { walkInSchema } from "@hearth/domain";
import { Button, ErrorSummary, NotificationBanner, TextInput, useSchemaForm, useTRPC } from "@hearth/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { FormDate } from "./form-date";

const FIELDS = ["carerName", "postcode", "childFirstName", "childDateOfBirth"] as const;
const EMPTY = { carerName: "", postcode: "", childFirstName: "", childDateOfBirth: "" };
// The schema takes a list of children; this form registers one child at a time.
const ALIASES: Record<string, (typeof FIELDS)[number]> = {
  "children.0.firstName": "childFirstName",
  "children.0.dateOfBirth": "childDateOfBirth",
  children: "childFirstName",
};

/** A family who came without booking: registered on the spot and the child marked attended. */
export function WalkInForm({ sessionId }: { sessionId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useSchemaForm({
    schema: walkInSchema,
    defaultValues: EMPTY,
    toInput: ({ carerName, postcode, childFirstName, childDateOfBirth }) => ({
      sessionId,
      carerName,
      postcode,
      children: [{ firstName: childFirstName, dateOfBirth: childDateOfBirth, send: false }],
    }),
    aliases: ALIASES,
    order: FIELDS,
  });
  const [added, setAdded] = useState<string>();
  const walkIn = useMutation(trpc.centreSessions.walkIn.mutationOptions());

  const submit = form.onSubmit(async (input, typed) => {
    await walkIn.mutateAsync(input);
    setAdded(typed.childFirstName.trim());
    form.form.reset(EMPTY);
    void queryClient.invalidateQueries({ queryKey: trpc.centreSessions.register.queryKey({ sessionId }) });
  });

  return (
    <section aria-labelledby="walk-in-heading" className="hearth-no-print">
      <h2 className="govuk-heading-m" id="walk-in-heading">
        Register a walk-in
      </h2>
      {added && <NotificationBanner type="success" heading={`${added} is registered and marked as attended`} />}
      <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
      <form onSubmit={submit} noValidate>
        <TextInput label="Parent or carer’s full name" autoComplete="off" {...form.field("carerName")} />
        <TextInput label="Postcode" width="10" autoComplete="off" {...form.field("postcode")} />
        <TextInput label="Child’s first name" autoComplete="off" {...form.field("childFirstName")} />
        <FormDate form={form} name="childDateOfBirth" legend="Child’s date of birth" hint="For example, 27 3 2024" />
        <Button disabled={walkIn.isPending}>Register and mark as attended</Button>
      </form>
    </section>
  );
}
