/**
 * A manage link's token lets whoever holds it act as the family (see or cancel the booking, read
 * their contact details). Staff read sent messages to check what a family was told, not to act for
 * them, so every answer that shows a message to staff passes it through here first.
 *
 * Tokens are 256-bit random values in base64url (43 characters, see `isWellFormedManageToken`).
 * Any such run is masked wherever it appears, so a future link shape (a path, a query) is covered
 * without anyone remembering to update a URL pattern.
 */
const TOKEN_RUN = /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g;

export const MASKED_TOKEN = "[link hidden]";

export function maskManageLinks(text: string): string {
  return text.replace(TOKEN_RUN, MASKED_TOKEN);
}
