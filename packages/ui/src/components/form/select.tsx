import type { ComponentPropsWithRef, ReactNode } from "react";
import { cx, describedBy, ErrorMessage, FormGroup, Hint, Label } from "./field-parts";

export interface SelectOption {
  value: string;
  text: string;
}

export type SelectProps = Omit<ComponentPropsWithRef<"select">, "id" | "name" | "children"> & {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: SelectOption[];
};

/** A GOV.UK select. The Design System prefers radios for short lists; use this for long ones. */
export function Select({ name, label, hint, error, options, className, ...select }: SelectProps) {
  return (
    <FormGroup error={error}>
      <Label htmlFor={name}>{label}</Label>
      {hint && <Hint id={name}>{hint}</Hint>}
      <ErrorMessage id={name} message={error} />
      <select
        {...select}
        id={name}
        name={name}
        className={cx("govuk-select", error && "govuk-select--error", className)}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? true : undefined}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}
