import { StrictMode, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { HearthProviders } from "../trpc/providers";
import { ServiceProvider, type ServiceInfo } from "./service";

/**
 * Starts an app: providers, the router under the path the app is served from, and the service's
 * name. The router's basename comes from Vite's `base`, so the two cannot disagree.
 */
export function mountHearthApp(service: ServiceInfo, app: ReactNode, rootId = "root") {
  const root = document.getElementById(rootId);
  if (!root) throw new Error(`The page has no #${rootId} element to draw the app in`);
  const basename = import.meta.env.BASE_URL.replace(/\/$/, "");
  createRoot(root).render(
    <StrictMode>
      <HearthProviders>
        <BrowserRouter basename={basename}>
          <ServiceProvider service={service}>{app}</ServiceProvider>
        </BrowserRouter>
      </HearthProviders>
    </StrictMode>,
  );
}
