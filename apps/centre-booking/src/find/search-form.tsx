import { Button, DateInput, Select, TextInput, useTRPC } from "@hearth/ui";
import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import type { FieldErrorMap } from "../booking/field-errors";
import type { SearchFilters } from "./search-params";

/** The filters. Each is optional; an empty search shows everything in the next two weeks. */
export function SearchForm({
  initial,
  errors,
  onSearch,
}: {
  initial: SearchFilters;
  errors: FieldErrorMap;
  onSearch: (filters: SearchFilters) => void;
}) {
  const trpc = useTRPC();
  const centres = useQuery(trpc.reference.centres.queryOptions());
  const types = useQuery(trpc.sessions.types.queryOptions());
  const [filters, setFilters] = useState(initial);
  const set = (key: keyof SearchFilters) => (value: string) => setFilters((f) => ({ ...f, [key]: value }));

  const centreOptions = [
    { value: "", text: "Any centre" },
    ...(centres.data ?? []).flatMap((group) => group.centres.map((c) => ({ value: c.id, text: c.name }))),
  ];
  const typeOptions = [
    { value: "", text: "Any type of session" },
    ...(types.data ?? []).map((t) => ({ value: t.id, text: `${t.name} (${t.ages})` })),
  ];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(filters);
  };

  return (
    <form noValidate onSubmit={submit} role="search" aria-label="Sessions">
      <Select
        name="centre"
        label="Centre"
        options={centreOptions}
        error={errors.centre}
        value={filters.centre}
        onChange={(e) => set("centre")(e.target.value)}
      />
      <TextInput
        name="town"
        label="Or town, place or postcode"
        hint="For example, Banbury, Blackbird Leys or OX4"
        error={errors.town}
        value={filters.town}
        onChange={(e) => set("town")(e.target.value)}
        autoComplete="address-level2"
      />
      <DateInput
        name="from"
        legend="From date"
        legendSize="s"
        hint="Shows the 2 weeks from this date. For example, 27 3 2027"
        error={errors.from}
        value={filters.from}
        onChange={set("from")}
      />
      <TextInput
        name="age"
        label="Child’s age in years"
        hint="Leave empty to see sessions for every age"
        error={errors.age}
        value={filters.age}
        onChange={(e) => set("age")(e.target.value)}
        inputMode="numeric"
        width="2"
      />
      <Select
        name="type"
        label="Type of session"
        options={typeOptions}
        error={errors.type}
        value={filters.type}
        onChange={(e) => set("type")(e.target.value)}
      />
      <Button variant="secondary">Search</Button>
    </form>
  );
}
