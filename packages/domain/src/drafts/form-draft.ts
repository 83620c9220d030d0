import { z } from "zod";

/**
 * A draft of a long form, kept on the server as a member of staff types so that a time-out or a
 * closed tab loses nothing (issue 10 §3). The draft is whatever the form held, unvalidated: it
 * may be half-typed. Only its size, depth and characters are limited, so a draft cannot fill the
 * database or hold what PostgreSQL refuses to store.
 */

/** Big enough for the longest form's notes many times over; small enough that drafts stay cheap. */
export const FORM_DRAFT_MAX_BYTES = 64 * 1024;
/** Forms nest a few levels (a list of children with their details); nothing needs more. */
const MAX_DEPTH = 8;

/**
 * `person.create`, or a form about one record: `family.alert:<id>`. A fixed shape keeps the key a
 * name the code chose, never text a user could fill with anything.
 */
const FORM_KEY = /^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z-]*)+(:[A-Za-z0-9-]{1,64})?$/;

export const formKeySchema = z
  .string({ error: "Say which form the draft is for" })
  .max(120, "The form name must be 120 characters or fewer")
  .regex(FORM_KEY, "The form name is not one Hearth uses");

/**
 * PostgreSQL's jsonb refuses the NUL character and half a surrogate pair. A draft is kept, not
 * checked, so they are dropped rather than the whole draft refused: the form itself still checks
 * every answer when it is sent.
 */
function storable(text: string): string {
  // eslint-disable-next-line no-control-regex -- finding the NUL character is the point
  return text.replace(/\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "");
}

type DraftValue = string | number | boolean | null | DraftValue[] | { [key: string]: DraftValue };

/** A copy of `value` fit for jsonb, or null when it is not plain data or nests too deeply. */
function toDraftValue(value: unknown, depth: number): DraftValue | undefined {
  if (value === null || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string") return storable(value);
  if (depth >= MAX_DEPTH || typeof value !== "object") return undefined;
  if (Array.isArray(value)) {
    const items = value.map((item) => toDraftValue(item, depth + 1));
    return items.includes(undefined) ? undefined : (items as DraftValue[]);
  }
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return undefined;
  const entries = Object.entries(value).map(([key, item]) => [storable(key), toDraftValue(item, depth + 1)] as const);
  return entries.some(([, item]) => item === undefined) ? undefined : (Object.fromEntries(entries) as DraftValue);
}

/** The typed answers: an object of plain JSON values, at most 64 KB once written out. */
export const formDraftDataSchema = z.unknown().transform((value, ctx) => {
  const draft = typeof value === "object" && value !== null && !Array.isArray(value) ? toDraftValue(value, 0) : undefined;
  if (draft === undefined) {
    ctx.addIssue({ code: "custom", message: "The draft must be the form's answers" });
    return z.NEVER;
  }
  if (new TextEncoder().encode(JSON.stringify(draft)).length > FORM_DRAFT_MAX_BYTES) {
    ctx.addIssue({ code: "custom", message: "The draft is too big to keep: send the form or shorten the notes" });
    return z.NEVER;
  }
  return draft as Record<string, DraftValue>;
});

export const formDraftKeySchema = z.object({ formKey: formKeySchema }).strict();
export type FormDraftKey = z.infer<typeof formDraftKeySchema>;

export const formDraftSaveSchema = z.object({ formKey: formKeySchema, data: formDraftDataSchema }).strict();
export type FormDraftSave = z.input<typeof formDraftSaveSchema>;
