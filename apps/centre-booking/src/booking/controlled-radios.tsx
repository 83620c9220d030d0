import { ErrorMessage, Fieldset, FormGroup, Hint, type ChoiceItem } from "@hearth/ui";
import type { ReactNode } from "react";

/**
 * GOV.UK radios whose choice is held by React, so an answer saved in the draft is shown ticked
 * when the family comes back. The shared `Radios` passes the same props to every option, which
 * cannot tick one of them. Ids follow GOV.UK: the first is the name, then `name-2` and so on.
 */
export function ControlledRadios({
  name,
  legend,
  isPageHeading,
  hint,
  error,
  items,
  value,
  onChange,
  inline,
}: {
  name: string;
  legend: ReactNode;
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: string;
  items: ChoiceItem[];
  value: string;
  onChange: (value: string) => void;
  inline?: boolean;
}) {
  const describedBy = [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <FormGroup error={error}>
      <Fieldset legend={legend} legendSize={isPageHeading ? "l" : "m"} isPageHeading={isPageHeading} describedBy={describedBy}>
        {hint && <Hint id={name}>{hint}</Hint>}
        <ErrorMessage id={name} message={error} />
        <div className={`govuk-radios${inline ? " govuk-radios--inline" : ""}`}>
          {items.map((item, index) => {
            const id = index === 0 ? name : `${name}-${index + 1}`;
            return (
              <div key={item.value} className="govuk-radios__item">
                <input
                  className="govuk-radios__input"
                  id={id}
                  name={name}
                  type="radio"
                  value={item.value}
                  checked={value === item.value}
                  onChange={() => onChange(item.value)}
                  aria-describedby={item.hint ? `${id}-item-hint` : undefined}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={id}>
                  {item.text}
                </label>
                {item.hint && (
                  <div id={`${id}-item-hint`} className="govuk-hint govuk-radios__hint">
                    {item.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </Fieldset>
    </FormGroup>
  );
}
