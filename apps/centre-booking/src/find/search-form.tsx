import { Button, DateInput, Select, TextInput, useTRPC, type FormFields } from "@hearth/ui";
import { useQuery } from "@tanstack/react-query";
import type { FormEventHandler } from "react";
import type { SearchFilters } from "./search-params";

/** The filters. Each is optional; an empty search shows everything in the next two weeks. */
export function SearchForm({ form, onSubmit }: { form: FormFields<keyof SearchFilters>; onSubmit: FormEventHandler<HTMLFormElement> }) {
  const trpc = useTRPC();
  const centres = useQuery(trpc.reference.centres.queryOptions());
  const types = useQuery(trpc.sessions.types.queryOptions());

  const centreOptions = [
    { value: "", text: "Any centre" },
    ...(centres.data ?? []).flatMap((group) => group.centres.map((c) => ({ value: c.id, text: c.name }))),
  ];
  const typeOptions = [
    { value: "", text: "Any type of session" },
    ...(types.data ?? []).map((t) => ({ value: t.id, text: `${t.name} (${t.ages})` })),
  ];

  return (
    <form noValidate onSubmit={onSubmit} role="search" aria-label="Sessions">
      <Select label="Centre" options={centreOptions} {...form.field("centre")} />
      <TextInput
        label="Or town, place or postcode"
        hint="For example, Banbury, Blackbird Leys or OX4"
        autoComplete="address-level2"
        {...form.field("town")}
      />
      <DateInput legend="From date" legendSize="s" hint="Shows the 2 weeks from this date. For example, 27 3 2027" {...form.bind("from")} />
      <TextInput label="Child’s age in years" hint="Leave empty to see sessions for every age" inputMode="numeric" width="2" {...form.field("age")} />
      <Select label="Type of session" options={typeOptions} {...form.field("type")} />
      <Button variant="secondary">Search</Button>
    </form>
  );
}
