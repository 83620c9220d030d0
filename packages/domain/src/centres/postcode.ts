import { z } from "zod";

// The Royal Mail formats: A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA, AA9A 9AA (plus GIR 0AA).
const POSTCODE = /^(GIR ?0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2})$/;

/** Upper-case, single space before the inward code: " ox4 6qb " → "OX4 6QB". Null when not a UK postcode. */
export function normalisePostcode(input: string): string | null {
  const compact = input.replace(/\s+/g, "").toUpperCase();
  if (compact.length < 5 || compact.length > 7) return null;
  const spaced = `${compact.slice(0, -3)} ${compact.slice(-3)}`;
  return POSTCODE.test(spaced) ? spaced : null;
}

/** The outward code ("OX16") that locality reach areas are defined by. */
export function postcodeDistrict(postcode: string): string {
  const normalised = normalisePostcode(postcode);
  if (!normalised) throw new Error("Not a UK postcode");
  return normalised.split(" ")[0]!;
}

export const postcodeSchema = z
  .string()
  .trim()
  .min(1, "Enter a postcode")
  .transform((value, ctx) => {
    const normalised = normalisePostcode(value);
    if (!normalised) {
      ctx.addIssue({ code: "custom", message: "Enter a real postcode, like OX4 6QB" });
      return z.NEVER;
    }
    return normalised;
  });

export const postcodeDistrictSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{1,2}[0-9][0-9A-Z]?$/, "Enter a postcode district, like OX16");
