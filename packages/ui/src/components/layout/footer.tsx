import type { ReactNode } from "react";

export interface FooterLink {
  text: string;
  href: string;
}

const defaultLinks: FooterLink[] = [{ text: "All Hearth services", href: "/" }];

export function Footer({ links = defaultLinks, children }: { links?: FooterLink[]; children?: ReactNode }) {
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 className="govuk-visually-hidden">Support links</h2>
            <ul className="govuk-footer__inline-list">
              {links.map((link) => (
                <li key={link.href} className="govuk-footer__inline-list-item">
                  <a className="govuk-footer__link" href={link.href}>
                    {link.text}
                  </a>
                </li>
              ))}
            </ul>
            {children}
            <p className="govuk-body-s govuk-!-margin-bottom-0">Hearth is run by Oxfordshire County Council&apos;s children&apos;s services.</p>
          </div>
        </div>
      </div>
    </footer>
  );
}
