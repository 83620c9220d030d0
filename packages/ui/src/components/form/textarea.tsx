import type { ComponentPropsWithRef } from "react";
import { cx, LabelledField, type LabelledFieldProps } from "./field-parts";

export type TextareaProps = Omit<ComponentPropsWithRef<"textarea">, "id" | "name"> & LabelledFieldProps;

/** A GOV.UK textarea; spread the form's `field(name)` into it, like TextInput. */
export function Textarea({
  name,
  label,
  hint,
  error,
  labelSize,
  isPageHeading,
  className,
  rows = 5,
  ...textarea
}: TextareaProps) {
  return (
    <LabelledField {...{ name, label, hint, error, labelSize, isPageHeading }}>
      {(control) => (
        <textarea
          rows={rows}
          {...textarea}
          {...control}
          className={cx("govuk-textarea", error && "govuk-textarea--error", className)}
        />
      )}
    </LabelledField>
  );
}
