import { openAccessSessionCreateSchema } from "@hearth/domain";
import { BackLink, Button, ErrorSummary, usePageTitle, useSchemaForm, useTRPC } from "@hearth/ui";
import { useMutation } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { CentrePicker, useCentreChoice } from "./centre-choice";
import { FormDate } from "./form-date";
import { staffPaths } from "./paths";
import { asCapacity, EMPTY_DETAILS, orUndefined, SessionDetailFields, SessionTypeSelect } from "./session-fields";
import { useForgetSessionLists } from "./use-staff-session";

const FIELDS = ["sessionTypeId", "title", "description", "locationNote", "date", "startTime", "endTime", "capacity"] as const;

/** One session on one day; families can book it as soon as it is saved. */
export function NewSessionPage() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const forgetLists = useForgetSessionLists();
  const { centre } = useCentreChoice();
  const form = useSchemaForm({
    schema: openAccessSessionCreateSchema,
    defaultValues: { sessionTypeId: "", date: "", ...EMPTY_DETAILS },
    toInput: (v) => ({
      ...v,
      centreId: centre?.id,
      description: orUndefined(v.description),
      locationNote: orUndefined(v.locationNote),
      capacity: asCapacity(v.capacity),
    }),
    order: FIELDS,
  });
  const create = useMutation(trpc.centreSessions.create.mutationOptions());
  const summary = form.summary();
  usePageTitle("Create a session", { hasErrors: summary.length > 0 });

  const submit = form.onSubmit(async (input) => {
    const session = await create.mutateAsync(input);
    forgetLists();
    void navigate(staffPaths.sessions, {
      state: { done: `${session.title} is saved and open for booking` },
    });
  });

  return (
    <>
      <BackLink to={staffPaths.sessions}>Back to sessions</BackLink>
      <ErrorSummary items={summary} focusKey={form.focusKey} />
      <h1 className="govuk-heading-l">Create a session</h1>
      <CentrePicker />
      <form onSubmit={submit} noValidate>
        <SessionTypeSelect form={form} />
        <SessionDetailFields form={form} when={<FormDate form={form} name="date" legend="Date" />} />
        <Button disabled={create.isPending}>Save session</Button>
      </form>
    </>
  );
}
