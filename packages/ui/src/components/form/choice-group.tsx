import type { ComponentPropsWithRef, ReactNode } from "react";
import { cx, describedBy, ErrorMessage, Fieldset, FormGroup, Hint, type LabelSize } from "./field-parts";

export interface ChoiceItem {
  value: string;
  text: ReactNode;
  hint?: ReactNode;
}

export type ChoiceGroupProps = Omit<ComponentPropsWithRef<"input">, "id" | "name" | "type" | "value"> & {
  name: string;
  legend: ReactNode;
  legendSize?: LabelSize;
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: string;
  items: ChoiceItem[];
  /** Side by side, for two short answers like Yes / No. */
  inline?: boolean;
  small?: boolean;
};

/**
 * Radios and checkboxes share one markup. The first control's id is the field's name so that an
 * error summary link `#name` lands on it; the rest follow GOV.UK's `name-2`, `name-3` pattern.
 */
export function ChoiceGroup({
  kind,
  name,
  legend,
  legendSize,
  isPageHeading,
  hint,
  error,
  items,
  inline,
  small,
  ...input
}: ChoiceGroupProps & { kind: "radios" | "checkboxes" }) {
  const block = `govuk-${kind}`;
  return (
    <FormGroup error={error}>
      <Fieldset legend={legend} legendSize={legendSize} isPageHeading={isPageHeading} describedBy={describedBy(name, hint, error)}>
        {hint && <Hint id={name}>{hint}</Hint>}
        <ErrorMessage id={name} message={error} />
        <div className={cx(block, inline && `${block}--inline`, small && `${block}--small`)} data-module={`govuk-${kind}`}>
          {items.map((item, index) => {
            const id = index === 0 ? name : `${name}-${index + 1}`;
            return (
              <div key={item.value} className={`${block}__item`}>
                <input
                  {...input}
                  className={`${block}__input`}
                  id={id}
                  name={name}
                  type={kind === "radios" ? "radio" : "checkbox"}
                  value={item.value}
                  aria-describedby={item.hint ? `${id}-item-hint` : undefined}
                />
                <label className={`govuk-label ${block}__label`} htmlFor={id}>
                  {item.text}
                </label>
                {item.hint && (
                  <div id={`${id}-item-hint`} className={`govuk-hint ${block}__hint`}>
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
