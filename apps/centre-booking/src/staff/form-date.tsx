import { DateInput, type FormFields } from "@hearth/ui";

/** GOV.UK's three date boxes bound to one field of a staff form. */
export function FormDate<Field extends string>({
  form,
  name,
  legend,
  hint = "For example, 27 3 2026",
}: {
  form: FormFields<Field>;
  name: Field;
  legend: string;
  hint?: string;
}) {
  return <DateInput legend={legend} legendSize="s" hint={hint} {...form.bind(name)} />;
}
