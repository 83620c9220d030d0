import { DateInput } from "@hearth/ui";
import type { SchemaForm } from "./use-schema-form";

/** GOV.UK's three date boxes bound to one field of a staff form. */
export function FormDate<Field extends string>({
  form,
  name,
  legend,
  hint = "For example, 27 3 2026",
}: {
  form: SchemaForm<Field>;
  name: Field;
  legend: string;
  hint?: string;
}) {
  return (
    <DateInput
      name={name}
      legend={legend}
      legendSize="s"
      hint={hint}
      value={form.values[name]}
      onChange={(iso) => form.set(name, iso)}
      error={form.errors[name]}
    />
  );
}
