import { paths } from "./paths";

/**
 * The manage link as the API's messages write it: the token after `#`, which browsers never send
 * to a server, so it stays out of access logs and Referer headers.
 */
export function manageLinkFor(token: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/$/, "")}${paths.manage}#${token}`;
}

/** The token from the address bar's fragment, or "" when there is none. */
export function tokenFromLocation(hash: string): string {
  return decodeURIComponent(hash.replace(/^#/, ""));
}
