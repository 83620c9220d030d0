import type { ReactNode } from "react";
import { Link } from "react-router";

/**
 * The council's header. Hearth is not a GOV.UK service, so it carries the platform's name where
 * GOV.UK services show the crown.
 */
export function SiteHeader() {
  return (
    <header className="govuk-header" data-module="govuk-header">
      <div className="govuk-header__container govuk-width-container">
        <div className="govuk-header__logo">
          <a href="/" className="govuk-header__link govuk-header__link--homepage">
            <span className="govuk-header__product-name">Hearth</span>
            {/* Where the link goes, after the visible name so speech control users can still say it. */}
            <span className="govuk-visually-hidden">, all services</span>
          </a>
        </div>
      </div>
    </header>
  );
}

export interface NavigationItem {
  text: string;
  to: string;
  current?: boolean;
}

/** The service's name and its main sections, with room at the end for the account area. */
export function ServiceNavigation({
  serviceName,
  homePath,
  items = [],
  children,
}: {
  serviceName: string;
  homePath: string;
  items?: NavigationItem[];
  children?: ReactNode;
}) {
  return (
    <section aria-label="Service information" className="govuk-service-navigation" data-module="govuk-service-navigation">
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <span className="govuk-service-navigation__service-name">
            <Link to={homePath} className="govuk-service-navigation__link">
              {serviceName}
            </Link>
          </span>
          {items.length > 0 && (
            <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
              <ul className="govuk-service-navigation__list">
                {items.map((item) => (
                  <li key={item.to} className={`govuk-service-navigation__item${item.current ? " govuk-service-navigation__item--active" : ""}`}>
                    <Link className="govuk-service-navigation__link" to={item.to} aria-current={item.current ? "page" : undefined}>
                      {/* Bold as well as underlined, so the current page does not rely on colour. */}
                      {item.current ? <strong className="govuk-service-navigation__active-fallback">{item.text}</strong> : item.text}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          )}
        </div>
        {children}
      </div>
    </section>
  );
}
