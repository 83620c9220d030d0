import { staffChangeSchema } from "@hearth/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "../../components/button";
import { ErrorSummary } from "../../components/error-summary";
import { NotificationBanner } from "../../components/notification-banner";
import { useSchemaForm } from "../../forms/use-schema-form";
import { useTRPC } from "../../trpc/trpc";
import { PlacementFields, placementInput, type PlacementValues } from "./placement-fields";
import type { StaffAccountData } from "./staff-account-data";

/** A new role, area or centre; the person is signed out everywhere, so their next sign-in sees the new scope. */
export function ChangePlacementForm({ account }: { account: StaffAccountData["account"] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const form = useSchemaForm<PlacementValues, unknown>({
    schema: staffChangeSchema,
    defaultValues: { role: account.role, areaId: account.areaId ?? "", centreId: account.centreId ?? "" },
    toInput: (v) => ({ staffId: account.id, ...placementInput(v) }),
    order: ["role", "areaId", "centreId"],
  });
  const change = useMutation(trpc.staff.change.mutationOptions());
  const save = form.onSubmit(async (_parsed, typed) => {
    setSaved(false);
    await change.mutateAsync({ staffId: account.id, ...placementInput(typed) } as never);
    await queryClient.invalidateQueries({ queryKey: trpc.staff.pathKey() });
    setSaved(true);
  });
  return (
    <>
      <h2 className="govuk-heading-m">Change role, area or centre</h2>
      {saved && (
        <NotificationBanner type="success" heading="Role and workplace saved">
          <p className="govuk-body">They have been signed out, so their next sign-in uses the new role and workplace.</p>
        </NotificationBanner>
      )}
      <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
      <form noValidate onSubmit={save}>
        <PlacementFields role={form.values.role} field={form.field} />
        <Button>Save role and workplace</Button>
      </form>
    </>
  );
}
