import { z } from "zod";
import { isoDateSchema, type IsoDate } from "../calendar/iso-date";
import { textSchema } from "../shared/text";

/**
 * A temporary closure (building work, heating failure). Dates are inclusive: a closure from Monday
 * to Friday means nothing runs on Friday either. Sessions in it are moved or cancelled with notice.
 */
export const centreClosureCreateSchema = z
  .object({
    centreId: z.uuid({ error: "Unknown centre" }),
    from: isoDateSchema,
    to: isoDateSchema,
    reason: textSchema({ label: "reason", max: 200, min: 1, required: "Say why the centre is closed" }),
    sessions: z.enum(["cancel", "move"], { error: "Say whether sessions are cancelled or moved" }),
    /** Where sessions move to, when they move. */
    movedToCentreId: z.uuid().optional(),
  })
  .superRefine((c, ctx) => {
    if (c.to < c.from)
      ctx.addIssue({
        code: "custom",
        path: ["to"],
        message: "The closure must end on or after the day it starts",
      });
    if (c.sessions === "move" && !c.movedToCentreId) {
      ctx.addIssue({
        code: "custom",
        path: ["movedToCentreId"],
        message: "Choose where the sessions move to",
      });
    }
    if (c.movedToCentreId && c.movedToCentreId === c.centreId) {
      ctx.addIssue({
        code: "custom",
        path: ["movedToCentreId"],
        message: "Sessions must move to a different centre",
      });
    }
  });
export type CentreClosureCreate = z.infer<typeof centreClosureCreateSchema>;

export interface CentreClosure {
  from: IsoDate;
  to: IsoDate;
  reason: string;
}

export function closureOn<C extends CentreClosure>(closures: readonly C[], date: IsoDate): C | null {
  return closures.find((c) => c.from <= date && date <= c.to) ?? null;
}

export function isCentreClosedOn(closures: readonly CentreClosure[], date: IsoDate): boolean {
  return closureOn(closures, date) !== null;
}
