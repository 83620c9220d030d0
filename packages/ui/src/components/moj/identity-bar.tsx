import type { ReactNode } from "react";
import { Link } from "react-router";

export interface IdentityFact {
  label: string;
  value: ReactNode;
}

/** A link to another page about the record, or a button that acts on it where it stands. */
export type IdentityAction = { text: string; to: string } | { text: string; onClick: () => void };

const actionClass = "govuk-button govuk-button--secondary moj-button-menu__item";

/**
 * MOJ's identity bar: who a record is about, kept above every page of that record so a worker
 * never writes on the wrong child's file. Facts are a description list (label, then value) so a
 * screen reader reads "Date of birth, 3 May 2015" rather than a run of bare values. Actions are
 * MOJ's button menu without its script: a short row of secondary buttons, pushed right by the
 * space MOJ's CSS justifies (hence the {" "} JSX would otherwise drop).
 */
export function IdentityBar({ title, facts = [], actions = [] }: { title: ReactNode; facts?: IdentityFact[]; actions?: IdentityAction[] }) {
  return (
    <div className="moj-identity-bar hearth-identity-bar">
      <div className="moj-identity-bar__container">
        <div className="moj-identity-bar__details">
          <span className="moj-identity-bar__title">
            <strong className="govuk-!-font-weight-bold">{title}</strong>
          </span>
          {facts.length > 0 && (
            <dl className="hearth-identity-bar__facts">
              {facts.map((fact) => (
                <div key={fact.label} className="hearth-identity-bar__fact">
                  <dt>{fact.label}</dt>
                  <dd>{fact.value}</dd>
                </div>
              ))}
            </dl>
          )}
        </div>{" "}
        {actions.length > 0 && (
          <div className="moj-identity-bar__actions">
            <div className="moj-identity-bar__menu">
              <div className="moj-button-menu">
                {actions.map((action) =>
                  "to" in action ? (
                    <Link key={action.text} to={action.to} className={actionClass} draggable={false}>
                      {action.text}
                    </Link>
                  ) : (
                    <button key={action.text} type="button" className={actionClass} onClick={action.onClick}>
                      {action.text}
                    </button>
                  ),
                )}
              </div>
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
