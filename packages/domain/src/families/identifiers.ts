import { z } from "zod";

/** NHS number: 10 digits, the last a modulus-11 check digit (a remainder giving 10 is never issued). */
export function isValidNhsNumber(input: string): boolean {
  const digits = input.replace(/\s+/g, "");
  if (!/^[0-9]{10}$/.test(digits)) return false;
  // 0000000000, 1111111111 … pass the check digit but are placeholders typed to get past a form.
  if (/^(\d)\1{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

// The DfE's check-letter alphabet: 23 letters, leaving out I, O and S.
const UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

/** The check letter the DfE's algorithm gives for the last 12 characters of a UPN. */
export function upnCheckLetter(last12: string): string | null {
  if (!/^[0-9]{11}[0-9A-HJ-NP-RT-Z]$/.test(last12)) return null;
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const ch = last12[i]!;
    // A temporary UPN ends in a letter, which counts as its place in the alphabet above.
    const value = /[0-9]/.test(ch) ? Number(ch) : UPN_LETTERS.indexOf(ch);
    sum += value * (i + 2);
  }
  return UPN_LETTERS[sum % 23]!;
}

/** A Unique Pupil Number: check letter, LA code, establishment number, year, serial. */
export function isValidUpn(input: string): boolean {
  const upn = input.trim().toUpperCase();
  if (upn.length !== 13) return false;
  return upnCheckLetter(upn.slice(1)) === upn[0];
}

export const nhsNumberSchema = z
  .string()
  .trim()
  .transform((v) => v.replace(/\s+/g, ""))
  .refine((v) => /^[0-9]{10}$/.test(v), "An NHS number has 10 digits, like 943 476 5919")
  .refine(isValidNhsNumber, "This is not a valid NHS number: check the digits");

export const upnSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((v) => v.length === 13, "A UPN has 13 characters: a letter then 12 digits")
  .refine(isValidUpn, "This is not a valid UPN: the check letter does not match");
