/**
 * Booking references are what a family reads out on the phone, so they avoid letters and digits
 * that look or sound alike (no I, O, 0 or 1). Eight characters from 32 give about 10^12 values;
 * the reference is not a secret (the manage link's token is), the database keeps it unique.
 */
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const BOOKING_REFERENCE_BYTES = 8;
export const bookingReferencePattern = /^HB-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/;

/** "HB-K7M3-Q9TX" from 8 random bytes. 256 is a multiple of 32, so every character is equally likely. */
export function bookingReferenceFrom(random: Uint8Array): string {
  if (random.length < BOOKING_REFERENCE_BYTES) throw new RangeError(`A booking reference needs ${BOOKING_REFERENCE_BYTES} random bytes`);
  const chars = Array.from(random.subarray(0, BOOKING_REFERENCE_BYTES), (b) => ALPHABET[b % ALPHABET.length]!);
  return `HB-${chars.slice(0, 4).join("")}-${chars.slice(4).join("")}`;
}

/** What staff type from a phone call, tidied: " hb k7m3 q9tx " → "HB-K7M3-Q9TX"; null if it cannot be one. */
export function normaliseBookingReference(input: string): string | null {
  const compact = input.replace(/[\s-]/g, "").toUpperCase();
  const withPrefix = compact.startsWith("HB") ? compact : `HB${compact}`;
  if (withPrefix.length !== 10) return null;
  const reference = `HB-${withPrefix.slice(2, 6)}-${withPrefix.slice(6)}`;
  return bookingReferencePattern.test(reference) ? reference : null;
}
