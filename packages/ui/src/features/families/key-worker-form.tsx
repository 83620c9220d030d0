import { roleLabels } from "@hearth/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "../../components/button";
import { Select } from "../../components/form/select";
import { serverFieldErrors } from "../../forms/server-errors";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { ChangeErrors, ChangeForm } from "./change-form";

/**
 * Allocating the family's key worker: a practitioner who can open records in the family's area,
 * chosen from a list the server draws up (and checks again when the choice is saved).
 */
export function KeyWorkerForm({ familyId, done }: { familyId: string; done: () => Promise<unknown> }) {
  const trpc = useTRPC();
  const candidates = useQuery(trpc.families.keyWorker.candidates.queryOptions({ familyId }));
  const set = useMutation(trpc.families.keyWorker.set.mutationOptions());
  const [chosen, setChosen] = useState<string | null>(null);
  if (candidates.isError) return <LoadProblem error={candidates.error} what="staff list" />;
  if (!candidates.data) return <p className="govuk-body">Loading…</p>;
  const staffId = chosen ?? candidates.data.keyWorkerId ?? "";
  return (
    <ChangeForm title="Change the key worker" onSubmit={() => set.mutate({ familyId, staffId: staffId || null }, { onSuccess: () => void done() })}>
      <ChangeErrors error={set.error} />
      <Select
        name="staffId"
        label="Key worker"
        hint="Practitioners who work with families in this family’s area"
        value={staffId}
        onChange={(e) => setChosen(e.target.value)}
        error={serverFieldErrors(set.error).staffId}
        options={[
          { value: "", text: "No key worker" },
          ...candidates.data.staff.map((s) => ({ value: s.id, text: `${s.displayName} (${roleLabels[s.role]})` })),
        ]}
      />
      <Button disabled={set.isPending}>Save key worker</Button>
    </ChangeForm>
  );
}
