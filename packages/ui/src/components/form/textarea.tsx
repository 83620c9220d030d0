import type { ComponentPropsWithRef } from "react";
import { cx, LabelledField, splitFieldProps, type LabelledFieldProps } from "./field-parts";

export type TextareaProps = Omit<ComponentPropsWithRef<"textarea">, "id" | "name"> & LabelledFieldProps;

/** A GOV.UK textarea; spread the form's `field(name)` into it, like TextInput. */
export function Textarea(props: TextareaProps) {
  const [field, { className, rows = 5, ...textarea }] = splitFieldProps(props);
  return (
    <LabelledField {...field}>
      {(control) => (
        <textarea rows={rows} {...textarea} {...control} className={cx("govuk-textarea", field.error && "govuk-textarea--error", className)} />
      )}
    </LabelledField>
  );
}
