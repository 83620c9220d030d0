import type { ComponentPropsWithRef, ReactNode } from "react";
import {
  cx,
  describedBy,
  ErrorMessage,
  FormGroup,
  Hint,
  Label,
  type LabelSize,
} from "./field-parts";

export type TextInputProps = Omit<ComponentPropsWithRef<"input">, "id" | "name"> & {
  /** The field's name; also its id, so an error summary link `#name` lands on it. */
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  labelSize?: LabelSize;
  isPageHeading?: boolean;
  /** GOV.UK fixed widths ("10", "20" …) or fluid widths ("one-half" …). */
  width?:
    | "2"
    | "3"
    | "4"
    | "5"
    | "10"
    | "20"
    | "30"
    | "full"
    | "three-quarters"
    | "two-thirds"
    | "one-half"
    | "one-third";
};

/**
 * A GOV.UK text input. Spread react-hook-form's `register(name)` into it: the value stays in the
 * form's state, so what was typed survives an error from the browser or the server.
 */
export function TextInput({
  name,
  label,
  hint,
  error,
  labelSize,
  isPageHeading,
  width,
  className,
  ...input
}: TextInputProps) {
  const widthClass =
    width && (/^\d+$/.test(width) ? `govuk-input--width-${width}` : `govuk-!-width-${width}`);
  return (
    <FormGroup error={error}>
      <Label htmlFor={name} size={labelSize} isPageHeading={isPageHeading}>
        {label}
      </Label>
      {hint && <Hint id={name}>{hint}</Hint>}
      <ErrorMessage id={name} message={error} />
      <input
        type="text"
        {...input}
        id={name}
        name={name}
        className={cx("govuk-input", widthClass, error && "govuk-input--error", className)}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </FormGroup>
  );
}
