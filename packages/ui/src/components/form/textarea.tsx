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

export type TextareaProps = Omit<ComponentPropsWithRef<"textarea">, "id" | "name"> & {
  /** The field's name; also its id, so an error summary link `#name` lands on it. */
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  labelSize?: LabelSize;
};

/** GOV.UK's textarea, for notes and summaries; spread react-hook-form's `register(name)` into it. */
export function Textarea({
  name,
  label,
  hint,
  error,
  labelSize,
  className,
  rows = 5,
  ...textarea
}: TextareaProps) {
  return (
    <FormGroup error={error}>
      <Label htmlFor={name} size={labelSize}>
        {label}
      </Label>
      {hint && <Hint id={name}>{hint}</Hint>}
      <ErrorMessage id={name} message={error} />
      <textarea
        rows={rows}
        {...textarea}
        id={name}
        name={name}
        className={cx("govuk-textarea", error && "govuk-textarea--error", className)}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </FormGroup>
  );
}
