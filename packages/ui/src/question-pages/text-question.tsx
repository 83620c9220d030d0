import type { ComponentProps } from "react";
import { TextInput } from "../components/form/text-input";
import type { FormFields } from "../forms/use-schema-form";

/** The one text box of a question page, its label the page heading. */
export function TextQuestion<Name extends string>({
  form,
  name,
  question,
  ...input
}: {
  form: FormFields<Name>;
  name: Name;
  question: string;
} & Pick<ComponentProps<typeof TextInput>, "hint" | "autoComplete" | "width" | "spellCheck" | "type" | "inputMode">) {
  return <TextInput label={question} labelSize="l" isPageHeading {...input} {...form.field(name)} />;
}
