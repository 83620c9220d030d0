import { createContext, use, useEffect, type ReactNode } from "react";

export interface ServiceInfo {
  /** As it appears in the header and page titles, like "LCSS portal". */
  name: string;
  /** The router path of the service's start page, relative to the app's basename. */
  homePath: string;
}

const ServiceContext = createContext<ServiceInfo>({ name: "Hearth", homePath: "/" });

/** Names the service for everything inside; the staff area of the booking site nests its own. */
export function ServiceProvider({ service, children }: { service: ServiceInfo; children: ReactNode }) {
  return <ServiceContext value={service}>{children}</ServiceContext>;
}

export function useService(): ServiceInfo {
  return use(ServiceContext);
}

/**
 * Sets the browser tab's title in the GOV.UK form "Page – Service – Hearth", prefixed "Error: "
 * while the page shows errors, so screen reader users hear it first when the page changes.
 */
export function usePageTitle(pageTitle: string, options: { hasErrors?: boolean } = {}) {
  const { name } = useService();
  const title = `${options.hasErrors ? "Error: " : ""}${pageTitle} – ${name} – Hearth`;
  useEffect(() => {
    document.title = title;
  }, [title]);
}
