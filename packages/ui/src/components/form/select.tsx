import type { ComponentPropsWithRef } from "react";
import { cx, LabelledField, type LabelledFieldProps } from "./field-parts";

export interface SelectOption {
  value: string;
  text: string;
}

export type SelectProps = Omit<ComponentPropsWithRef<"select">, "id" | "name" | "children"> &
  Omit<LabelledFieldProps, "labelSize" | "isPageHeading"> & { options: SelectOption[] };

/** A GOV.UK select. The Design System prefers radios for short lists; use this for long ones. */
export function Select({ name, label, hint, error, options, className, ...select }: SelectProps) {
  return (
    <LabelledField {...{ name, label, hint, error }}>
      {(control) => (
        <select {...select} {...control} className={cx("govuk-select", error && "govuk-select--error", className)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.text}
            </option>
          ))}
        </select>
      )}
    </LabelledField>
  );
}
