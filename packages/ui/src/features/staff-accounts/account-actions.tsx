import type { RouterOutputs } from "@hearth/api";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "../../components/button";
import { ErrorSummary } from "../../components/error-summary";
import { NotificationBanner } from "../../components/notification-banner";
import { WarningText } from "../../components/content";
import { serverFieldErrors, serverFormErrors } from "../../forms/server-errors";
import { useTRPC } from "../../trpc/trpc";
import { InvitationLink } from "./invitation-link";
import type { StaffAccountData } from "./staff-account-data";

/** A refusal's messages for the summary: these buttons have no boxes to put them beside. */
function refusalMessages(error: unknown): { text: string }[] {
  if (!error) return [];
  return [...serverFormErrors(error), ...Object.values(serverFieldErrors(error))].filter(Boolean).map((text) => ({ text }));
}

/** Deactivate (signing them out everywhere at once) or reactivate; and a new link to set a password. */
export function AccountActions({ account }: { account: StaffAccountData["account"] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [done, setDone] = useState<string | null>(null);
  const [invitation, setInvitation] = useState<RouterOutputs["staff"]["reinvite"] | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.staff.pathKey() });
  const deactivate = useMutation(
    trpc.staff.deactivate.mutationOptions({
      onSuccess: async (r) => {
        setDone(
          `${r.account.displayName} is deactivated and was signed out of ${r.sessionsEnded === 1 ? "1 session" : `${r.sessionsEnded} sessions`}`,
        );
        await refresh();
      },
    }),
  );
  const reactivate = useMutation(
    trpc.staff.reactivate.mutationOptions({
      onSuccess: async (r) => {
        setDone(`${r.displayName} can sign in again`);
        await refresh();
      },
    }),
  );
  const reinvite = useMutation(trpc.staff.reinvite.mutationOptions({ onSuccess: setInvitation }));
  const failure = deactivate.error ?? reactivate.error ?? reinvite.error;
  const busy = deactivate.isPending || reactivate.isPending || reinvite.isPending;

  if (invitation) return <InvitationLink invitation={invitation} heading="A new link to set a password" />;
  return (
    <>
      <h2 className="govuk-heading-m">Access</h2>
      {done && <NotificationBanner type="success" heading={done} />}
      <ErrorSummary items={refusalMessages(failure)} focusKey={String(deactivate.failureCount + reactivate.failureCount + reinvite.failureCount)} />
      {account.active ? (
        <>
          <WarningText>Deactivating signs them out of Hearth everywhere at once. Hand on their open work first.</WarningText>
          <div className="govuk-button-group">
            <Button type="button" variant="warning" disabled={busy} onClick={() => deactivate.mutate({ staffId: account.id })}>
              Deactivate account
            </Button>
            <Button type="button" variant="secondary" disabled={busy} onClick={() => reinvite.mutate({ staffId: account.id })}>
              Make a new link to set a password
            </Button>
          </div>
        </>
      ) : (
        <Button type="button" disabled={busy} onClick={() => reactivate.mutate({ staffId: account.id })}>
          Reactivate account
        </Button>
      )}
    </>
  );
}
