/**
 * A booking is managed through a link holding a 256-bit random token (43 base64url characters).
 * The link stops working a week after the session ends: long enough to look back at a booking,
 * short enough that an old text message is not a standing key to a family's details.
 */
export const MANAGE_LINK_DAYS_AFTER_SESSION = 7;
export const INVALID_LINK_MESSAGE = "This link is not valid";

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function isWellFormedManageToken(token: string): boolean {
  return TOKEN.test(token);
}

export function manageLinkExpiresAt(sessionEndsAt: Date, days = MANAGE_LINK_DAYS_AFTER_SESSION): Date {
  return new Date(sessionEndsAt.getTime() + days * 86_400_000);
}

export function isManageLinkUsable(expiresAt: Date, now: Date): boolean {
  return now.getTime() < expiresAt.getTime();
}
