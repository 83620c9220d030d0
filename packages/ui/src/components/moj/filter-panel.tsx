import { useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { Button } from "../button";
import { useMediaQuery } from "./use-media-query";

export interface SelectedFilterCategory {
  heading: string;
  items: { text: string; onRemove: () => void }[];
}

// MOJ's filter sits beside the results from this width (its "big mode"); below it, it folds away.
const BESIDE_RESULTS = "(min-width: 48.0625em)";

/**
 * MOJ's filter layout: the filter beside a list of cases, with the filters in force shown as tags
 * that remove themselves when pressed. On a phone or narrow window the filter folds away behind a
 * "Show filter" button (aria-expanded says which state it is in) so the results come first; opening
 * it moves focus into it and its Close button hands focus back. The options are the caller's own
 * checkboxes or radios, sent with "Apply filters". The {" "} between header parts is the space
 * MOJ's CSS justifies to push the action to the right.
 */
export function FilterPanel({
  heading = "Filter",
  selected = [],
  onClearFilters,
  onApply,
  options,
  children,
}: {
  heading?: string;
  selected?: SelectedFilterCategory[];
  onClearFilters?: () => void;
  onApply: () => void;
  /** The filter's own questions: checkboxes, radios, a text box. */
  options: ReactNode;
  /** The results the filter narrows. */
  children: ReactNode;
}) {
  const id = useId();
  const beside = useMediaQuery(BESIDE_RESULTS);
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const shown = beside || open;
  const inForce = selected.filter((category) => category.items.length > 0);

  const openPanel = () => {
    setOpen(true);
    // The panel is drawn on the next render; focus it once it is there.
    requestAnimationFrame(() => panel.current?.focus());
  };
  const closePanel = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const apply = (event: FormEvent) => {
    event.preventDefault();
    onApply();
  };

  return (
    <>
      {!beside && (
        <Button ref={toggle} type="button" variant="secondary" aria-expanded={open} aria-controls={id} onClick={open ? closePanel : openPanel}>
          {open ? "Hide filter" : "Show filter"}
        </Button>
      )}
      <div className="moj-filter-layout">
        <div className="moj-filter-layout__filter" id={id} hidden={!shown}>
          <div className="moj-filter" ref={panel} tabIndex={-1}>
            <div className="moj-filter__header">
              <div className="moj-filter__header-title">
                <h2 className="govuk-heading-m">{heading}</h2>
              </div>{" "}
              <div className="moj-filter__header-action">
                {!beside && (
                  <button type="button" className="moj-filter__close" onClick={closePanel}>
                    Close<span className="govuk-visually-hidden"> {heading.toLowerCase()}</span>
                  </button>
                )}
              </div>
            </div>
            <div className="moj-filter__content">
              {inForce.length > 0 && (
                <div className="moj-filter__selected">
                  <div className="moj-filter__selected-heading">
                    <div className="moj-filter__heading-title">
                      <h2 className="govuk-heading-m">Selected filters</h2>
                    </div>{" "}
                    {onClearFilters && (
                      <div className="moj-filter__heading-action">
                        <p>
                          <button type="button" className="hearth-button-link govuk-body-s" onClick={onClearFilters}>
                            Clear filters
                          </button>
                        </p>
                      </div>
                    )}
                  </div>
                  {inForce.map((category) => (
                    <div key={category.heading}>
                      <h3 className="govuk-heading-s govuk-!-margin-bottom-0">{category.heading}</h3>
                      <ul className="moj-filter-tags">
                        {category.items.map((item) => (
                          <li key={item.text}>
                            <button type="button" className="moj-filter__tag" onClick={item.onRemove}>
                              <span className="govuk-visually-hidden">Remove this filter</span> {item.text}
                            </button>
                          </li>
                        ))}
                      </ul>
                    </div>
                  ))}
                </div>
              )}
              <div className="moj-filter__options">
                <form onSubmit={apply} noValidate>
                  <Button>Apply filters</Button>
                  {options}
                </form>
              </div>
            </div>
          </div>
        </div>
        <div className="moj-filter-layout__content">{children}</div>
      </div>
    </>
  );
}
