import type { RouterOutputs } from "@hearth/api";
import type { PersonCreate } from "@hearth/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useLocation, useNavigate } from "react-router";
import { useTRPC } from "../../trpc/trpc";
import { ADD_PERSON_DRAFT_KEY, AddPersonForm } from "./add-person-form";
import { fullName, peoplePaths } from "./paths";
import { emptyPersonDetails, type PersonDetailsValues } from "./person-details-fields";
import type { PersonPageState } from "./person-page";
import { PossibleDuplicates } from "./possible-duplicates";

type CreateResult = RouterOutputs["people"]["create"];
type Duplicates = Extract<CreateResult, { status: "possible_duplicates" }>;

/** Pages that send a worker here to add someone and take them back (in history state, not the address). */
const returnPaths = [/^\/families\/[0-9a-f-]{36}\/members\/add$/];

function returnPathFrom(state: unknown): string | null {
  const returnTo = (state as { returnTo?: unknown } | null)?.returnTo;
  return typeof returnTo === "string" && returnPaths.some((p) => p.test(returnTo)) ? returnTo : null;
}

/**
 * Adding someone to the person index: the question form, then, when they may be on it already,
 * the likely matches and a deliberate choice, then their new record.
 */
export function AddPersonPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const returnTo = returnPathFrom(useLocation().state);
  const create = useMutation(trpc.people.create.mutationOptions());
  const discardDraft = useMutation(trpc.drafts.discard.mutationOptions());
  const [typed, setTyped] = useState<PersonDetailsValues>(emptyPersonDetails);
  const [pending, setPending] = useState<{ person: PersonCreate; duplicates: Duplicates } | null>(null);
  const [serverError, setServerError] = useState<unknown>(null);

  const send = async (person: PersonCreate) => {
    setServerError(null);
    try {
      const result = await create.mutateAsync(person);
      if (result.status === "possible_duplicates") {
        setPending({ person, duplicates: result });
        return;
      }
      // The draft has become a record; if forgetting it fails, the nightly purge removes it.
      await discardDraft.mutateAsync({ formKey: ADD_PERSON_DRAFT_KEY }).catch(() => undefined);
      await queryClient.invalidateQueries({ queryKey: trpc.people.search.pathKey() });
      // Added while choosing a family's new member: back to that choice, with this person chosen.
      if (returnTo) return void (await navigate(`${returnTo}?personId=${result.person.id}`));
      const state: PersonPageState = { added: true };
      await navigate(peoplePaths.person(result.person.id), { state });
    } catch (error) {
      // Whatever went wrong is about the details, so it is shown on the form beside them.
      setPending(null);
      setServerError(error);
    }
  };

  if (pending)
    return (
      <PossibleDuplicates
        name={fullName(pending.person)}
        result={pending.duplicates}
        confirming={create.isPending}
        onConfirmDifferent={() => void send({ ...pending.person, confirmedNotDuplicate: true })}
        onChangeDetails={() => setPending(null)}
      />
    );
  return (
    <AddPersonForm
      initialValues={typed}
      restoreDraft={typed === emptyPersonDetails}
      serverError={serverError}
      submitting={create.isPending}
      onSubmit={(person, values) => {
        setTyped(values);
        void send(person);
      }}
    />
  );
}
