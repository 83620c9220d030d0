import { TRPCError } from "@trpc/server";
import type { RequestMeta } from "../context";

export const CROSS_SITE_REFUSED = "This request came from another website, so it was refused. Open Hearth directly and try again.";
export const GET_REFUSED = "Send this request as a POST: staff requests never carry their details in the web address.";

/**
 * Why a request to a staff procedure must be refused as possibly made by another site in a signed-in
 * member of staff's name, or null if it may go ahead.
 *
 * The session cookie is SameSite=Lax, which browsers still send with a GET that a link on any site
 * starts; so staff procedures answer only POSTs (the Hearth apps send every query as one) and only
 * requests the browser does not mark as coming from elsewhere. A GET would also put a search's
 * name, date of birth and postcode in the address, the browser's history and any proxy's logs.
 */
export function crossSiteRefusal(meta: RequestMeta): { reason: string; error: TRPCError } | null {
  if (meta.crossSite) return { reason: "cross-site", error: new TRPCError({ code: "FORBIDDEN", message: CROSS_SITE_REFUSED }) };
  if (meta.method === "GET") return { reason: "GET", error: new TRPCError({ code: "METHOD_NOT_SUPPORTED", message: GET_REFUSED }) };
  return null;
}
