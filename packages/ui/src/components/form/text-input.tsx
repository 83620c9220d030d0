import type { ComponentPropsWithRef } from "react";
import { cx, LabelledField, splitFieldProps, type LabelledFieldProps } from "./field-parts";

export type TextInputProps = Omit<ComponentPropsWithRef<"input">, "id" | "name"> &
  LabelledFieldProps & {
    /** GOV.UK fixed widths ("10", "20" …) or fluid widths ("one-half" …). */
    width?: "2" | "3" | "4" | "5" | "10" | "20" | "30" | "full" | "three-quarters" | "two-thirds" | "one-half" | "one-third";
  };

/**
 * A GOV.UK text input. Spread the form's `field(name)` into it: the value stays in the form's
 * state, so what was typed survives an error from the browser or the server.
 */
export function TextInput(props: TextInputProps) {
  const [field, { width, className, ...input }] = splitFieldProps(props);
  const widthClass = width && (/^\d+$/.test(width) ? `govuk-input--width-${width}` : `govuk-!-width-${width}`);
  return (
    <LabelledField {...field}>
      {(control) => (
        <input type="text" {...input} {...control} className={cx("govuk-input", widthClass, field.error && "govuk-input--error", className)} />
      )}
    </LabelledField>
  );
}
