import type { RouterOutputs } from "@hearth/api";
import { centreClosureCreateSchema, countOf, formatDate } from "@hearth/domain";
import {
  Button,
  ErrorSummary,
  InsetText,
  NotificationBanner,
  Radios,
  Select,
  Table,
  TextInput,
  usePageTitle,
  useSchemaForm,
  useTRPC,
} from "@hearth/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { CentrePicker, useCentreChoice } from "./centre-choice";
import { FormDate } from "./form-date";
import { useForgetSessionLists } from "./use-staff-session";

type Closure = RouterOutputs["centreSessions"]["closures"]["list"][number];

const FIELDS = ["from", "to", "reason", "sessions", "movedToCentreId"] as const;

/**
 * A centre's closures from today on: staff add one (sessions in it are cancelled or moved, and
 * every booked family is told) or take one off the calendar when it was entered by mistake.
 */
export function ClosuresPage() {
  const trpc = useTRPC();
  const { centre } = useCentreChoice();
  const [done, setDone] = useState<string>();
  const closures = useQuery({ ...trpc.centreSessions.closures.list.queryOptions({ centreId: centre?.id ?? "" }), enabled: Boolean(centre) });
  usePageTitle("Closures");

  return (
    <>
      {done && <NotificationBanner type="success" heading={done} />}
      <h1 className="govuk-heading-l">Closures</h1>
      <CentrePicker />
      {closures.isPending && centre && (
        <p className="govuk-body" role="status">
          Loading closures…
        </p>
      )}
      {closures.isError && <p className="govuk-body">Sorry, the closures could not be loaded. Try again later.</p>}
      {closures.data?.length === 0 && <p className="govuk-body">No closures are planned.</p>}
      {closures.data && closures.data.length > 0 && <ClosureTable closures={closures.data} onRemoved={setDone} />}
      {centre && <AddClosureForm key={centre.id} centreId={centre.id} onAdded={setDone} />}
    </>
  );
}

function ClosureTable({ closures, onRemoved }: { closures: Closure[]; onRemoved: (done: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const remove = useMutation(
    trpc.centreSessions.closures.remove.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.centreSessions.closures.list.pathKey() });
        onRemoved("Closure removed. Sessions it cancelled stay cancelled.");
      },
    }),
  );
  // With the year: closures are planned months ahead.
  const when = (c: Closure) => (c.from === c.to ? formatDate(c.from) : `${formatDate(c.from)} to ${formatDate(c.to)}`);
  return (
    <>
      {remove.isError && <ErrorSummary items={[{ text: "The closure could not be removed. Refresh the page to try again." }]} />}
      <Table
        caption="Planned closures"
        rows={closures}
        rowKey={(c) => c.id}
        columns={[
          { header: "Dates", cell: when },
          { header: "Reason", cell: (c) => c.reason },
          {
            header: "Action",
            cell: (c) => (
              <Button type="button" variant="secondary" disabled={remove.isPending} onClick={() => remove.mutate({ closureId: c.id })}>
                Remove<span className="govuk-visually-hidden"> the closure on {when(c)}</span>
              </Button>
            ),
          },
        ]}
      />
      <InsetText>Removing a closure opens those days again. Sessions it cancelled stay cancelled, as families were told.</InsetText>
    </>
  );
}

function AddClosureForm({ centreId, onAdded }: { centreId: string; onAdded: (done: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const forgetLists = useForgetSessionLists();
  const { centres } = useCentreChoice();
  const others = centres.filter((c) => c.id !== centreId);
  const form = useSchemaForm({
    schema: centreClosureCreateSchema,
    defaultValues: { from: "", to: "", reason: "", sessions: others.length ? "" : "cancel", movedToCentreId: "" },
    toInput: (v) => ({
      centreId,
      from: v.from,
      to: v.to,
      reason: v.reason,
      sessions: v.sessions || undefined,
      movedToCentreId: v.sessions === "move" ? v.movedToCentreId || undefined : undefined,
    }),
    order: FIELDS,
  });
  const add = useMutation(trpc.centreSessions.closures.create.mutationOptions());
  const summary = form.summary();
  usePageTitle("Closures", { hasErrors: summary.length > 0 });

  const submit = form.onSubmit(async (input) => {
    const result = await add.mutateAsync(input);
    forgetLists();
    void queryClient.invalidateQueries({ queryKey: trpc.centreSessions.closures.list.pathKey() });
    const told = result.familiesTold > 0 ? `; ${countOf(result.familiesTold, "booked family is", "booked families are")} being told` : "";
    onAdded(`Closure added: ${countOf(result.sessionsAffected, "session", "sessions")} affected${told}`);
  });

  return (
    <>
      <h2 className="govuk-heading-m">Add a closure</h2>
      <ErrorSummary items={summary} focusKey={form.focusKey} />
      <form onSubmit={submit} noValidate>
        <FormDate form={form} name="from" legend="First day closed" hint="For example, 27 3 2027" />
        <FormDate form={form} name="to" legend="Last day closed" hint="The same day for a one-day closure, for example 27 3 2027" />
        <TextInput label="Reason" hint="Families with a place will see this, for example: building work" {...form.field("reason")} />
        {others.length > 0 && (
          <Radios
            legend="What happens to sessions on these days?"
            legendSize="s"
            {...form.field("sessions")}
            items={[
              { value: "cancel", text: "Cancel them" },
              { value: "move", text: "Move them to another centre" },
            ]}
          />
        )}
        {form.values.sessions === "move" && (
          <Select
            label="Centre they move to"
            options={[{ value: "", text: "Choose a centre" }, ...others.map((c) => ({ value: c.id, text: c.name }))]}
            {...form.field("movedToCentreId")}
          />
        )}
        <Button disabled={add.isPending}>Add closure</Button>
      </form>
    </>
  );
}
