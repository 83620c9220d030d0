import { z } from "zod";

/**
 * Free text typed by a person (a name, a reason, a note). One schema for all of it, because
 * PostgreSQL refuses a NUL character and half of a UTF-16 surrogate pair cannot be stored as
 * UTF-8: either, left to reach the database, crashed the request (issue 9). Other control
 * characters are refused too: they are invisible on screen and in letters, so a name holding one
 * would never match a search for it.
 */

/** C0 and C1 control characters and DEL; a line break and a tab are allowed in multi-line text. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Half of a surrogate pair with no other half: not a character at all. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface TextOptions {
  /** The field as a sentence names it: "first name", "reason". */
  label: string;
  max: number;
  /** At least this many characters once trimmed; 1 makes the field required. */
  min?: number;
  /** The message when the field is missing or too short; "Enter the <label>" by default. */
  required?: string;
  /** Notes and descriptions may hold line breaks and tabs; names and titles may not. */
  multiline?: boolean;
}

/** True when `value` holds a character free text may not: see textSchema. */
export function hasUnstorableCharacter(value: string, multiline = false): boolean {
  return (multiline ? CONTROL_EXCEPT_LINES : CONTROL).test(value) || LONE_SURROGATE.test(value);
}

/**
 * Trimmed text of at most `max` characters, without control characters or lone surrogates,
 * refused with messages that name the field. Returns a zod string, so a caller can still add a
 * pattern of its own.
 */
export function textSchema(options: TextOptions) {
  const { label, max, min, multiline = false } = options;
  const required = options.required ?? `Enter the ${label}`;
  let schema = z
    .string({ error: required })
    .trim()
    .refine((value) => !hasUnstorableCharacter(value, multiline), {
      message: `The ${label} contains a hidden or unusual character: remove it and try again`,
      abort: true,
    })
    .max(max, `The ${label} must be ${max} characters or fewer`);
  if (min) schema = schema.min(min, min === 1 ? required : `The ${label} must be at least ${min} characters`);
  return schema;
}
