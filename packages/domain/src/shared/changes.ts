import type { z } from "zod";

export const NOTHING_TO_CHANGE = "Change at least one answer before saving";

/**
 * For update schemas: refuses an update that names its record but changes nothing, as a bad
 * request with a plain message. Left to the database, "update … set" with no columns is a syntax
 * error and the request crashed (issue 9). `keys` are the fields that say which record, not what
 * changes; an empty list (like a family's default `addMembers: []`) is no change either.
 */
export function someChangeIn<T extends object>(...keys: (keyof T & string)[]) {
  return (value: T, ctx: z.RefinementCtx) => {
    const changed = Object.entries(value).some(
      ([key, v]) => !keys.includes(key as keyof T & string) && v !== undefined && !(Array.isArray(v) && v.length === 0),
    );
    if (!changed) ctx.addIssue({ code: "custom", message: NOTHING_TO_CHANGE });
  };
}
