import type { FastifyRequest } from "fastify";

/**
 * Whether the browser says another site made this request. Sec-Fetch-Site is set by the browser
 * and cannot be forged by a page; "same-site" (another subdomain) counts as another site, because
 * only this origin serves Hearth's pages. Browsers without it still send Origin with a POST. A
 * request with neither header did not come from a page on another site.
 */
export function isCrossSite(req: FastifyRequest): boolean {
  const fetchSite = req.headers["sec-fetch-site"];
  if (fetchSite === "cross-site" || fetchSite === "same-site") return true;
  if (fetchSite === "same-origin" || fetchSite === "none") return false;
  const origin = req.headers.origin;
  if (!origin) return false;
  try {
    // The host only: behind a proxy that ends TLS the scheme seen here may differ from the browser's.
    return new URL(origin).host !== req.host;
  } catch {
    return true; // "null" (a sandboxed frame, a file) or nonsense
  }
}
