import { familyKeyWorkerSetSchema, roleLabels, type FamilyKeyWorkerSet } from "@hearth/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Button } from "../../components/button";
import { Select } from "../../components/form/select";
import { useSchemaForm } from "../../forms/use-schema-form";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { ChangeForm } from "./change-form";

type Done = () => Promise<unknown>;

/**
 * Allocating the family's key worker: a practitioner who can open records in the family's area,
 * chosen from a list the server draws up (and checks again when the choice is saved).
 */
export function KeyWorkerForm({ familyId, done }: { familyId: string; done: Done }) {
  const trpc = useTRPC();
  const candidates = useQuery(trpc.families.keyWorker.candidates.queryOptions({ familyId }));
  if (candidates.isError) return <LoadProblem error={candidates.error} what="staff list" />;
  if (!candidates.data) return <p className="govuk-body">Loading…</p>;
  const options = [
    { value: "", text: "No key worker" },
    ...candidates.data.staff.map((s) => ({ value: s.id, text: `${s.displayName} (${roleLabels[s.role]})` })),
  ];
  return <KeyWorkerChoice familyId={familyId} current={candidates.data.keyWorkerId ?? ""} options={options} done={done} />;
}

/** The choice itself, once the list is here, starting from the key worker the family has now. */
function KeyWorkerChoice({
  familyId,
  current,
  options,
  done,
}: {
  familyId: string;
  current: string;
  options: { value: string; text: string }[];
  done: Done;
}) {
  const trpc = useTRPC();
  const set = useMutation(trpc.families.keyWorker.set.mutationOptions());
  const form = useSchemaForm<{ staffId: string }, FamilyKeyWorkerSet>({
    schema: familyKeyWorkerSetSchema,
    defaultValues: { staffId: current },
    toInput: (typed) => ({ familyId, staffId: typed.staffId || null }),
  });
  return (
    <ChangeForm
      title="Change the key worker"
      form={form}
      onSubmit={async (input) => {
        await set.mutateAsync(input);
        await done();
      }}
    >
      <Select label="Key worker" hint="Practitioners who work with families in this family’s area" options={options} {...form.field("staffId")} />
      <Button disabled={set.isPending}>Save key worker</Button>
    </ChangeForm>
  );
}
