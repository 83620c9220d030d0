import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "../../components/button";
import { ErrorSummary } from "../../components/error-summary";
import { serverFormErrors } from "../../forms/server-errors";
import { useTRPC } from "../../trpc/trpc";

/**
 * On a request made online that nobody has picked up: the worker takes it, and the professional
 * is emailed that it has been picked up (the reference only, nothing about the child).
 */
export function PickUpRequest({ consultationId }: { consultationId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const claim = useMutation(
    trpc.adviceRequests.claim.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.consultations.get.queryKey({ consultationId }) }),
    }),
  );
  return (
    <>
      <ErrorSummary items={claim.error ? serverFormErrors(claim.error).map((text) => ({ text })) : []} focusKey={claim.failureCount} />
      <p className="govuk-body">A professional asked for advice online and confirmed their work email. Pick it up to call them back.</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!claim.isPending) claim.mutate({ consultationId });
        }}
      >
        <Button disabled={claim.isPending}>Pick up this request</Button>
      </form>
    </>
  );
}
