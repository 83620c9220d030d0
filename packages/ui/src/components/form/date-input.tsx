import { useState, type ReactNode, type Ref } from "react";
import { datePartsToIso, isoToDateParts, type DateParts } from "../../format/dates";
import { cx, describedBy, ErrorMessage, Fieldset, FormGroup, Hint, type LabelSize } from "./field-parts";

const PARTS = [
  { key: "day", label: "Day", width: 2 },
  { key: "month", label: "Month", width: 2 },
  { key: "year", label: "Year", width: 4 },
] as const;

export interface DateInputProps {
  /** The field's name; the day box carries it as its id so the error summary can link to it. */
  name: string;
  legend: ReactNode;
  legendSize?: LabelSize;
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: string;
  /** An ISO date (yyyy-mm-dd), or '' for no answer. */
  value: string | undefined;
  onChange: (iso: string) => void;
  onBlur?: () => void;
  /** For react-hook-form's Controller: lets it focus the day box. */
  ref?: Ref<HTMLInputElement>;
  /** "bday" for a date of birth, so browsers can fill it in. */
  autoCompletePrefix?: "bday";
}

/**
 * GOV.UK's three-box date input, used through react-hook-form's Controller. It keeps the boxes
 * exactly as typed and reports an ISO string; a partial or impossible date reports a string the
 * schema rejects, so its message comes from the same zod schema as the server's.
 */
export function DateInput({
  name,
  legend,
  legendSize,
  isPageHeading,
  hint,
  error,
  value,
  onChange,
  onBlur,
  ref,
  autoCompletePrefix,
}: DateInputProps) {
  const [parts, setParts] = useState<DateParts>(() => isoToDateParts(value));
  // A value set from outside (a form reset) replaces the boxes; one that came from typing does not.
  const [lastSeen, setLastSeen] = useState(value);
  if (value !== lastSeen) {
    setLastSeen(value);
    if ((value ?? "") !== datePartsToIso(parts)) setParts(isoToDateParts(value));
  }

  const update = (key: keyof DateParts, text: string) => {
    const next = { ...parts, [key]: text };
    setParts(next);
    const iso = datePartsToIso(next);
    setLastSeen(iso);
    onChange(iso);
  };

  return (
    <FormGroup error={error}>
      <Fieldset legend={legend} legendSize={legendSize} isPageHeading={isPageHeading} role="group" describedBy={describedBy(name, hint, error)}>
        {hint && <Hint id={name}>{hint}</Hint>}
        <ErrorMessage id={name} message={error} />
        <div className="govuk-date-input" id={`${name}-date`}>
          {PARTS.map((part, index) => {
            const id = index === 0 ? name : `${name}-${part.key}`;
            return (
              <div key={part.key} className="govuk-date-input__item">
                <div className="govuk-form-group">
                  <label className="govuk-label govuk-date-input__label" htmlFor={id}>
                    {part.label}
                  </label>
                  <input
                    ref={index === 0 ? ref : undefined}
                    className={cx("govuk-input govuk-date-input__input", `govuk-input--width-${part.width}`, error && "govuk-input--error")}
                    id={id}
                    name={`${name}-${part.key}`}
                    type="text"
                    inputMode="numeric"
                    autoComplete={autoCompletePrefix ? `${autoCompletePrefix}-${part.key}` : undefined}
                    value={parts[part.key]}
                    onChange={(event) => update(part.key, event.target.value)}
                    onBlur={onBlur}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </Fieldset>
    </FormGroup>
  );
}
