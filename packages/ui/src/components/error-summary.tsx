import { useEffect, useRef, type MouseEvent } from "react";

export interface ErrorSummaryItem {
  text: string;
  /** The id of the field the message is about; without one the message is shown unlinked. */
  fieldId?: string;
}

/**
 * Moves to the field the way GOV.UK Frontend does: focus the control and scroll so that its
 * label or legend is in view too, instead of leaving the question hidden above the box.
 */
function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  const question = field.closest("fieldset")?.querySelector("legend") ?? document.querySelector(`label[for="${CSS.escape(fieldId)}"]`);
  (question ?? field).scrollIntoView();
  field.focus({ preventScroll: true });
}

/**
 * The GOV.UK error summary: shown at the top of the page and given focus each time the form is
 * submitted with errors, so a screen reader announces the problems straight away.
 */
export function ErrorSummary({
  items,
  focusKey,
  title = "There is a problem",
}: {
  items: ErrorSummaryItem[];
  /** Change it (the form's submit count, say) to take focus again after another failed attempt. */
  focusKey?: unknown;
  title?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = items.length > 0;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, focusKey]);
  if (!shown) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {items.map((item) => (
              <li key={`${item.fieldId ?? ""}:${item.text}`}>
                {item.fieldId ? (
                  <a href={`#${item.fieldId}`} onClick={(event) => focusField(event, item.fieldId!)}>
                    {item.text}
                  </a>
                ) : (
                  item.text
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
