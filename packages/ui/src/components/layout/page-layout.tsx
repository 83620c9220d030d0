import { useEffect, useRef, type ReactNode } from "react";
import { useLocation } from "react-router";
import { useService } from "../../app/service";
import { Footer, type FooterLink } from "./footer";
import { ServiceNavigation, SiteHeader, type NavigationItem } from "./header";
import { SkipLink } from "./skip-link";
import "../../styles/hearth.css";

/**
 * Moves focus to the main content when the route changes, as a full page load would, so screen
 * reader users hear the new page instead of staying on the link they followed.
 */
function useFocusMainOnNavigation() {
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);
  return main;
}

/** The GOV.UK page template: skip link, header, service navigation, main content, footer. */
export function PageLayout({
  navigation,
  account,
  banner,
  footerLinks,
  children,
}: {
  navigation?: NavigationItem[];
  /** Who is signed in; shown under the service name. */
  account?: ReactNode;
  /** A phase banner or similar, shown above the content. */
  banner?: ReactNode;
  footerLinks?: FooterLink[];
  children: ReactNode;
}) {
  const service = useService();
  const main = useFocusMainOnNavigation();
  return (
    <>
      <SkipLink />
      <SiteHeader />
      <ServiceNavigation serviceName={service.name} homePath={service.homePath} items={navigation}>
        {account}
      </ServiceNavigation>
      <div className="govuk-width-container">
        {banner}
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1} ref={main}>
          {children}
        </main>
      </div>
      <Footer links={footerLinks} />
    </>
  );
}
