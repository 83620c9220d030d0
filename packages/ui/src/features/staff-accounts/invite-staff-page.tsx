import { staffInviteSchema } from "@hearth/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { usePageTitle } from "../../app/service";
import { Button } from "../../components/button";
import { BackLink } from "../../components/content";
import { ErrorSummary } from "../../components/error-summary";
import { TextInput } from "../../components/form/text-input";
import { useSchemaForm } from "../../forms/use-schema-form";
import type { RouterOutputs } from "@hearth/api";
import { useTRPC } from "../../trpc/trpc";
import { staffAccountPaths } from "./paths";
import { InvitationLink } from "./invitation-link";
import { PlacementFields, placementInput, type PlacementValues } from "./placement-fields";

type InviteValues = PlacementValues & { displayName: string; email: string };
const FIELDS = ["displayName", "email", "role", "areaId", "centreId"] as const;

/** Creates an account and shows its one-time link, once, for the administrator to send on. */
export function InviteStaffPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [sent, setSent] = useState<RouterOutputs["staff"]["invite"] | null>(null);
  const form = useSchemaForm<InviteValues, unknown>({
    schema: staffInviteSchema,
    defaultValues: { displayName: "", email: "", role: "", areaId: "", centreId: "" },
    toInput: (v) => ({ displayName: v.displayName, email: v.email, ...placementInput(v) }),
    order: FIELDS,
  });
  const invite = useMutation(trpc.staff.invite.mutationOptions());
  const send = form.onSubmit(async (_parsed, typed) => {
    const made = await invite.mutateAsync({ displayName: typed.displayName, email: typed.email, ...placementInput(typed) } as never);
    await queryClient.invalidateQueries({ queryKey: trpc.staff.pathKey() });
    setSent(made);
  });
  usePageTitle(sent ? "Invitation ready" : "Invite a member of staff", { hasErrors: form.summary().length > 0 });

  if (sent) return <InvitationLink invitation={sent} heading={`${sent.account.displayName} has an account`} />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={staffAccountPaths.list}>Back to staff accounts</BackLink>
        <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
        <h1 className="govuk-heading-l">Invite a member of staff</h1>
        <form noValidate onSubmit={send}>
          <TextInput label="Full name" autoComplete="off" {...form.field("displayName")} />
          <TextInput label="Work email address" type="email" autoComplete="off" spellCheck={false} {...form.field("email")} />
          <PlacementFields role={form.values.role} field={form.field} />
          <Button>Create the account</Button>
        </form>
      </div>
    </div>
  );
}
