import type { ReactNode } from "react";

/** Joins class names, skipping the ones that do not apply. */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}

/** The ids a field's control must point at with aria-describedby: its hint, then its error. */
export function describedBy(id: string, hint: ReactNode, error: string | undefined, extra?: string): string | undefined {
  const ids = [extra, hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div id={`${id}-hint`} className="govuk-hint">
      {children}
    </div>
  );
}

/** The message next to a field; the hidden "Error:" tells screen reader users what it is. */
export function ErrorMessage({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={`${id}-error`} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {message}
    </p>
  );
}

export function FormGroup({ error, children }: { error?: string; children: ReactNode }) {
  return <div className={cx("govuk-form-group", error && "govuk-form-group--error")}>{children}</div>;
}

export type LabelSize = "s" | "m" | "l" | "xl";

/**
 * A label, or the page's heading when the question is the whole page (GOV.UK's "question page"
 * pattern): then the label sits inside the h1 so the page has one heading, not two.
 */
export function Label({
  htmlFor,
  size,
  isPageHeading,
  children,
}: {
  htmlFor: string;
  size?: LabelSize;
  isPageHeading?: boolean;
  children: ReactNode;
}) {
  const label = (
    <label className={cx("govuk-label", size && `govuk-label--${size}`)} htmlFor={htmlFor}>
      {children}
    </label>
  );
  return isPageHeading ? <h1 className="govuk-label-wrapper">{label}</h1> : label;
}

/** A fieldset for controls that share one question: date parts, radios, checkboxes. */
export function Fieldset({
  legend,
  legendSize,
  isPageHeading,
  describedBy: describedByIds,
  role,
  children,
}: {
  legend: ReactNode;
  legendSize?: LabelSize;
  isPageHeading?: boolean;
  describedBy?: string;
  role?: string;
  children: ReactNode;
}) {
  return (
    <fieldset className="govuk-fieldset" aria-describedby={describedByIds} role={role}>
      <legend className={cx("govuk-fieldset__legend", legendSize && `govuk-fieldset__legend--${legendSize}`)}>
        {isPageHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
      </legend>
      {children}
    </fieldset>
  );
}

/** What every one-control field says about itself: its name (also its id), label, hint and message. */
export interface LabelledFieldProps {
  /** The field's name; also its id, so an error summary link `#name` lands on it. */
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  labelSize?: LabelSize;
  isPageHeading?: boolean;
}

/**
 * The one wrapper for a field with a single control (text input, textarea, select): form group,
 * label (or the page heading), hint and error message, then the control, given the attributes that
 * tie it to them.
 */
export function LabelledField({
  name,
  label,
  hint,
  error,
  labelSize,
  isPageHeading,
  children,
}: LabelledFieldProps & {
  children: (control: { id: string; name: string; "aria-describedby": string | undefined; "aria-invalid": true | undefined }) => ReactNode;
}) {
  return (
    <FormGroup error={error}>
      <Label htmlFor={name} size={labelSize} isPageHeading={isPageHeading}>
        {label}
      </Label>
      {hint && <Hint id={name}>{hint}</Hint>}
      <ErrorMessage id={name} message={error} />
      {children({
        id: name,
        name,
        "aria-describedby": describedBy(name, hint, error),
        "aria-invalid": error ? true : undefined,
      })}
    </FormGroup>
  );
}

/** A field's props parted into the wrapper's (label, hint, message) and the control's own. */
export function splitFieldProps<Props extends LabelledFieldProps>(props: Props): [LabelledFieldProps, Omit<Props, keyof LabelledFieldProps>] {
  const { name, label, hint, error, labelSize, isPageHeading, ...control } = props;
  return [{ name, label, hint, error, labelSize, isPageHeading }, control];
}
